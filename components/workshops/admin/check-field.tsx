import { fieldId } from '@/components/ui/field-id';

/** One labelled checkbox with a large hit area. */
export function CheckField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <div className="mb-6">
      <label className="flex min-h-11 items-center gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="size-6"
          aria-describedby={hint ? `${fieldId(name)}-hint` : undefined}
        />
        <span className="text-lg">{label}</span>
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="ml-9 text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A success message after a form action that stays on the page. */
export function SavedMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-semibold">
      {message}
    </p>
  );
}
