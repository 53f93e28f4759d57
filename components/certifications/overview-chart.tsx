import type { OverviewCounts } from '@/lib/certifications/overview';

const PARTS: { key: keyof Omit<OverviewCounts, 'total'>; label: string; colour: string }[] = [
  { key: 'certified', label: 'Certified', colour: '#00703c' },
  { key: 'windowOpen', label: 'Window open', colour: '#ffdd00' },
  { key: 'notCertified', label: 'Not certified', colour: '#b1b4b6' },
  { key: 'overdue', label: 'Overdue', colour: '#f47738' },
  { key: 'expired', label: 'Expired', colour: '#d4351c' },
];

/** One stacked bar of a certification's states, with the same numbers in text beside it (the chart is decorative). */
export function OverviewBar({ name, counts }: { name: string; counts: OverviewCounts }) {
  const total = Math.max(1, counts.total);
  // Each part starts where the ones before it end.
  const widths = PARTS.map((p) => (counts[p.key] / total) * 100);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <figure className="mt-3">
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-6 w-full max-w-xl" aria-hidden="true">
        {PARTS.map((p, i) => (
          <rect key={p.key} x={starts[i]} y={0} width={widths[i]} height={6} fill={p.colour} />
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <span className="sr-only">{name}: </span>
        {PARTS.map((p) => (
          <span key={p.key} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3" style={{ backgroundColor: p.colour }} />
            {p.label} {counts[p.key]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

export const OVERVIEW_COLUMNS = PARTS.map(({ key, label }) => ({ key, label }));
