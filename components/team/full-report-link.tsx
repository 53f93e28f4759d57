import Link from 'next/link';

export type TeamReportTab = 'members' | 'certifications' | 'programs' | 'courses';

/** "View full report" under each My Team tab: the filterable, exportable report of the same rows. */
export function FullReportLink({ tab, label }: { tab: TeamReportTab; label: string }) {
  return (
    <p className="mt-6">
      <Link href={`/team/reports/${tab}`} className="font-semibold text-[var(--link)] underline">
        View full report<span className="sr-only"> of {label}</span>
      </Link>{' '}
      <span className="text-slate-700">to filter, sort and export to Excel or CSV.</span>
    </p>
  );
}
