// The results report as CSV, through lib/csv (safe to open in a spreadsheet).
import { toCsv } from '@/lib/csv';
import type { ResultRow } from '@/lib/quiz/admin-queries';
import { formatNumber } from '@/lib/quiz/rules';

const STATE_LABELS: Record<ResultRow['state'], string> = {
  IN_PROGRESS: 'In progress',
  OVERDUE: 'Overdue',
  FINISHED: 'Finished',
  ABANDONED: 'Never submitted',
};

export function resultsCsv(rows: ResultRow[], maxGrade: number): string {
  const header = [
    'Learner',
    'Username',
    'Attempt',
    'State',
    'Started',
    'Completed',
    'Marks',
    `Grade / ${formatNumber(maxGrade)}`,
  ];
  const lines = rows.map((r) => [
    r.learner,
    r.username,
    String(r.attemptNumber),
    STATE_LABELS[r.state],
    r.startedAt.toISOString(),
    r.finishedAt?.toISOString() ?? '',
    r.sumMarks === null ? '' : formatNumber(r.sumMarks),
    r.grade === null ? '' : formatNumber(r.grade),
  ]);
  return toCsv([header, ...lines]);
}
