// Record of Learning › Programs has the seed's columns: Program name, Program mandatory, Recurring, Due/Status,
// Previous completions, Progress (issue 11 item 4).
import { render, screen, within } from '@testing-library/react';
import { ProgramRecordsTable } from '@/components/learning/program-records-table';
import type { ProgramRecord } from '@/lib/records/queries';

const row = (over: Partial<ProgramRecord>): ProgramRecord => ({
  programId: 1,
  fullName: 'Hertfordshire Induction - 2021',
  status: 'INCOMPLETE',
  progressPercent: 50,
  dueAt: null,
  completedAt: null,
  previousCompletions: 0,
  mandatory: true,
  recurring: false,
  state: { key: 'in_progress', overdue: false, outstanding: true, progressPercent: 50, dueAt: null },
  ...over,
});

it('shows whether each program is mandatory and recurring', () => {
  render(
    <ProgramRecordsTable
      caption="Your programs"
      rows={[row({}), row({ programId: 2, fullName: 'Old induction', mandatory: false, status: 'COMPLETE' })]}
    />,
  );
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual([
    'Program name',
    'Program mandatory',
    'Recurring',
    'Due / status',
    'Previous completions',
    'Progress',
  ]);
  const [first, second] = screen.getAllByRole('row').slice(1);
  expect(within(first!).getByText('Yes')).toBeInTheDocument();
  expect(within(second!).getAllByText('No')).toHaveLength(2);
});
