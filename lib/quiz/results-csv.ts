// The results report as CSV (RFC 4180), safe to open in a spreadsheet.
import type { ResultRow } from '@/lib/quiz/admin-queries';
import { formatNumber } from '@/lib/quiz/rules';

const STATE_LABELS: Record<ResultRow['state'], string> = {
  IN_PROGRESS: 'In progress',
  OVERDUE: 'Overdue',
  FINISHED: 'Finished',
  ABANDONED: 'Never submitted',
};

/** Quotes a cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
  return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
