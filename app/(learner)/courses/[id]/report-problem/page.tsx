import type { Metadata } from 'next';
import { ReportProblemForm } from '@/components/content-reports/report-problem-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { pageOrNotFound, requirePageViewer } from '@/lib/auth/guards';
import { getReportProblemPage } from '@/lib/content-reports/queries';
import { isId, parseIdParam } from '@/lib/validation';
import { reportContentProblemAction } from './actions';

export const metadata: Metadata = { title: 'Report a problem with this content' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ activity?: string }> };

export default async function ReportProblemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/courses/${id}/report-problem`);
  const page = await pageOrNotFound(() => getReportProblemPage(viewer, parseIdParam(id)));
  const wanted = Number((await searchParams).activity);
  const activityId = isId(wanted) && page.activities.some((a) => a.id === wanted) ? wanted : null;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: page.course.fullName, href: `/courses/${page.course.id}` },
          { label: 'Report a problem' },
        ]}
      />
      <h1 className="text-3xl font-bold">Report a problem with this content</h1>
      <p className="mt-4 text-lg">
        Tell the team that looks after <strong>{page.course.fullName}</strong>
        {page.course.ownerTeamName ? ` (${page.course.ownerTeamName})` : ''} about anything that is wrong, broken or out
        of date. We email your report to them with your name, so they can reply.
      </p>
      <p className="mt-2">For help with your account or signing in, use Help instead.</p>
      <ReportProblemForm
        action={reportContentProblemAction}
        courseId={page.course.id}
        activities={page.activities}
        activityId={activityId}
      />
    </div>
  );
}
