// CSV export of an eLearning activity's attempts (status, score, time, last access), through the shared CSV
// module (formula injection neutralised), for the course's managers.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { toCsv } from '@/lib/csv';
import { listScormAttemptsReport } from '@/lib/scorm/queries';
import { statusLabel } from '@/lib/scorm/rules';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params }) => {
  const rows = await listScormAttemptsReport(viewer, params.id);
  const csv = toCsv([
    [
      'Learner',
      'Username',
      'Attempt',
      'Status',
      'Completion status',
      'Success status',
      'Score %',
      'Time (seconds)',
      'Started',
      'Last access',
      'Archived',
    ],
    ...rows.map((r) => [
      r.learner,
      r.username,
      r.attemptNumber,
      statusLabel(r),
      r.completionStatus,
      r.successStatus,
      r.scorePercent,
      r.totalTimeSeconds,
      r.startedAt.toISOString(),
      r.lastAccess?.toISOString() ?? '',
      r.archived ? 'yes' : 'no',
    ]),
  ]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="elearning-${params.id}-attempts.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
