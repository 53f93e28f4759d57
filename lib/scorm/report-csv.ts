// The attempts report of an eLearning activity as CSV (status, score, time, last access), through the shared CSV
// module, which neutralises formulas in every cell. Same permission as the report page: the course's managers.
import type { Viewer } from '@/lib/auth/viewer';
import { toCsv } from '@/lib/csv';
import { listScormAttemptsReport } from './queries';
import { statusLabel } from './rules';

const HEADER = [
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
];

export async function scormAttemptsCsv(viewer: Viewer, activityId: number): Promise<string> {
  const rows = await listScormAttemptsReport(viewer, activityId);
  return toCsv([
    HEADER,
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
}
