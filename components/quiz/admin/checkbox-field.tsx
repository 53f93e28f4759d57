/** A single GOV.UK-style checkbox with a large target. */
export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked: boolean;
}) {
  const id = `field-${name}`;
  return (
    <div className="mb-3 flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-7 shrink-0 accent-[var(--brand)] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[var(--focus)]"
      />
      <div>
        <label htmlFor={id} className="text-lg">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
