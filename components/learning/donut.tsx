/** A donut chart with the figure in text beside it; the SVG is decorative, the text carries the meaning. */
export function Donut({ percent, label, detail }: { percent: number | null; label: string; detail: string }) {
  const value = percent ?? 0;
  const r = 40;
  const circumference = 2 * Math.PI * r;
  return (
    <figure className="flex items-center gap-4">
      <svg viewBox="0 0 100 100" className="size-20 shrink-0 sm:size-28" aria-hidden="true">
        <circle cx="50" cy="50" r={r} fill="none" stroke="#e2e8f0" strokeWidth="14" />
        <circle
          cx="50"
          cy="50"
          r={r}
          fill="none"
          stroke="var(--brand-accent)"
          strokeWidth="14"
          strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
          transform="rotate(-90 50 50)"
        />
        <text x="50" y="56" textAnchor="middle" className="fill-slate-900 text-xl font-bold">
          {percent === null ? '–' : `${value}%`}
        </text>
      </svg>
      <figcaption className="min-w-0">
        <span className="block text-lg font-bold">{label}</span>
        <span className="block text-2xl font-bold sm:text-3xl">
          {percent === null ? 'Not applicable' : `${value}%`}
        </span>
        <span className="block text-slate-700">{detail}</span>
      </figcaption>
    </figure>
  );
}
