import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeamReport } from '@/components/reports/team-report';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { pageOrNotFound, requirePageViewer } from '@/lib/auth/guards';
import { getTeamReport } from '@/lib/reports/team-queries';
import { REPORTS } from '@/lib/reports/team-reports';
import { parseReportQueryLeniently, reportKeySchema } from '@/lib/reports/team-schemas';

type Props = {
  params: Promise<{ report: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const key = reportKeySchema.safeParse((await params).report);
  return { title: key.success ? `${REPORTS[key.data].title} – full report` : 'Report' };
}

// "View full report" under each My Team tab: managers see their direct reports; L&D and site admins the learning
// they manage. Anyone else gets "not found".
export default async function TeamReportPage({ params, searchParams }: Props) {
  const key = reportKeySchema.safeParse((await params).report);
  if (!key.success) notFound();
  const basePath = `/team/reports/${key.data}`;
  const viewer = await requirePageViewer(basePath);
  const { query, errors } = parseReportQueryLeniently(await searchParams);
  const report = await pageOrNotFound(() => getTeamReport(viewer, key.data, query));
  return (
    <div>
      <Breadcrumbs
        items={[
          ...(report.scopes.includes('team') ? [{ label: 'My Team', href: '/team' }] : []),
          { label: `${report.definition.title}: full report` },
        ]}
      />
      <h1 className="text-3xl font-bold">{report.definition.title}: full report</h1>
      <TeamReport
        report={report}
        query={query}
        errors={Object.fromEntries(errors.map((e) => [e.field, e.message]))}
        basePath={basePath}
      />
    </div>
  );
}
