/** A small progress bar with the number beside it (colour never carries the meaning alone). */
export function ProgressBar({ percent, label }: { percent: number; label?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <span className="inline-flex items-center gap-2">
      <span className="inline-block h-3 w-24 border border-slate-500 bg-white" aria-hidden="true">
        <span className="block h-full bg-[var(--brand-accent)]" style={{ width: `${value}%` }} />
      </span>
      <span>
        {value}%{label ? <span className="sr-only"> {label}</span> : null}
      </span>
    </span>
  );
}
