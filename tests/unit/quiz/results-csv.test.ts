/** @jest-environment node */
import { resultsCsv } from '@/lib/quiz/results-csv';

describe('results CSV', () => {
  it('writes one row per attempt under a header', () => {
    const csv = resultsCsv(
      [
        {
          attemptId: 1,
          learner: 'Sam Taylor',
          username: '90011',
          attemptNumber: 1,
          state: 'FINISHED',
          startedAt: new Date('2026-01-01T09:00:00Z'),
          finishedAt: new Date('2026-01-01T09:10:00Z'),
          sumMarks: 3.5,
          grade: 8.75,
        },
        {
          attemptId: 2,
          learner: 'Sam Taylor',
          username: '90011',
          attemptNumber: 2,
          state: 'IN_PROGRESS',
          startedAt: new Date('2026-01-02T09:00:00Z'),
          finishedAt: null,
          sumMarks: null,
          grade: null,
        },
      ],
      10,
    );
    expect(csv.split('\r\n')).toEqual([
      'Learner,Username,Attempt,State,Started,Completed,Marks,Grade / 10',
      'Sam Taylor,90011,1,Finished,2026-01-01T09:00:00.000Z,2026-01-01T09:10:00.000Z,3.5,8.75',
      'Sam Taylor,90011,2,In progress,2026-01-02T09:00:00.000Z,,,',
      '',
    ]);
  });

  it('neutralises a formula in a learner name', () => {
    const row = {
      attemptId: 1,
      learner: '=HYPERLINK("http://evil")',
      username: '@x',
      attemptNumber: 1,
      state: 'FINISHED' as const,
      startedAt: new Date('2026-01-01T09:00:00Z'),
      finishedAt: null,
      sumMarks: null,
      grade: null,
    };
    expect(resultsCsv([row], 10).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil"")",'@x,1,Finished,2026-01-01T09:00:00.000Z,,,`,
    );
  });
});
