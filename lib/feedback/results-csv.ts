// A feedback form's responses as CSV, one row per response, through lib/csv (formulas neutralised). Anonymous
// forms have no name columns, only the day of each response, and rows in an order unrelated to when people
// answered, so the file cannot be matched against completion times.
import type { Viewer } from '@/lib/auth/viewer';
import { toCsv, type CsvCell } from '@/lib/csv';
import { isoDay } from '@/lib/format';
import { listFeedbackResponses } from './queries';

export async function feedbackResponsesCsv(viewer: Viewer, activityId: number): Promise<string> {
  const { anonymous, items, responses } = await listFeedbackResponses(viewer, activityId);
  const header = [
    ...(anonymous ? [] : ['Learner', 'Username']),
    anonymous ? 'Submitted (day)' : 'Submitted',
    ...items.map((i) => (i.groupLabel ? `${i.groupLabel} – ${i.label}` : i.label)),
  ];
  const rows: CsvCell[][] = responses.map((r) => [
    ...(r.learner ? [r.learner.name, r.learner.username] : []),
    anonymous ? isoDay(r.submittedAt) : r.submittedAt.toISOString(),
    ...items.map((i) => {
      const value = r.answers.get(i.id);
      // Scale answers stay numbers, so a spreadsheet can average them.
      return value !== undefined && i.type === 'SCALE' ? Number(value) : (value ?? '');
    }),
  ]);
  if (anonymous) rows.sort((a, b) => JSON.stringify(a.slice(1)).localeCompare(JSON.stringify(b.slice(1))));
  return toCsv([header, ...rows]);
}
