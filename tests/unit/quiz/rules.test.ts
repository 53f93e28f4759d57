/** @jest-environment node */
import {
  attemptDeadline,
  buildLayout,
  clampPage,
  feedbackForPercent,
  finalGrade,
  formatDuration,
  gradeAttempt,
  isPassed,
  overdueAction,
  pageCount,
  quizButton,
  responseFraction,
  responseStatus,
  validateChoices,
} from '@/lib/quiz/rules';

const single = [
  { id: 1, fraction: 1 },
  { id: 2, fraction: 0 },
  { id: 3, fraction: 0.5 },
];
// Two right answers worth half each, two wrong ones taking half off each.
const multi = [
  { id: 11, fraction: 0.5 },
  { id: 12, fraction: 0.5 },
  { id: 13, fraction: -0.5 },
  { id: 14, fraction: -0.5 },
];

describe('responseFraction', () => {
  it('gives a single-answer question the chosen choice fraction', () => {
    expect(responseFraction('SINGLE_CHOICE', single, [1])).toBe(1);
    expect(responseFraction('SINGLE_CHOICE', single, [2])).toBe(0);
    expect(responseFraction('SINGLE_CHOICE', single, [3])).toBe(0.5);
  });

  it('treats no answer, unknown ids and several answers to a single-answer question as zero', () => {
    expect(responseFraction('SINGLE_CHOICE', single, [])).toBe(0);
    expect(responseFraction('SINGLE_CHOICE', single, [99])).toBe(0);
    expect(responseFraction('SINGLE_CHOICE', single, [1, 2])).toBe(0);
    expect(responseFraction('TRUE_FALSE', single, [1, 3])).toBe(0);
  });

  it('gives partial credit for several answers', () => {
    expect(responseFraction('MULTI_CHOICE', multi, [11])).toBe(0.5);
    expect(responseFraction('MULTI_CHOICE', multi, [11, 12])).toBe(1);
    expect(responseFraction('MULTI_CHOICE', multi, [11, 12, 13])).toBe(0.5);
  });

  it('clamps negative totals at zero per question', () => {
    expect(responseFraction('MULTI_CHOICE', multi, [13, 14])).toBe(0);
    expect(responseFraction('MULTI_CHOICE', multi, [11, 13, 14])).toBe(0);
  });

  it('never gives more than full marks and counts a repeated id once', () => {
    const generous = [
      { id: 1, fraction: 1 },
      { id: 2, fraction: 1 },
    ];
    expect(responseFraction('MULTI_CHOICE', generous, [1, 2])).toBe(1);
    expect(responseFraction('MULTI_CHOICE', multi, [11, 11])).toBe(0.5);
  });

  it('ignores a negative single-answer fraction rather than taking marks off', () => {
    expect(responseFraction('SINGLE_CHOICE', [{ id: 1, fraction: -1 }], [1])).toBe(0);
  });

  it('handles thirds without drift', () => {
    const thirds = [
      { id: 1, fraction: 0.33333 },
      { id: 2, fraction: 0.33333 },
      { id: 3, fraction: 0.33334 },
    ];
    expect(responseFraction('MULTI_CHOICE', thirds, [1, 2, 3])).toBe(1);
  });
});

describe('gradeAttempt', () => {
  it('sums marks per slot and scales to the maximum grade', () => {
    const result = gradeAttempt(
      [
        { slot: 1, maxMark: 1, type: 'SINGLE_CHOICE', choices: single, selectedIds: [1] },
        { slot: 2, maxMark: 2, type: 'MULTI_CHOICE', choices: multi, selectedIds: [11] },
        { slot: 3, maxMark: 1, type: 'TRUE_FALSE', choices: single, selectedIds: [] },
      ],
      10,
    );
    expect(result.slots).toEqual([
      { slot: 1, fraction: 1, mark: 1 },
      { slot: 2, fraction: 0.5, mark: 1 },
      { slot: 3, fraction: 0, mark: 0 },
    ]);
    expect(result.sumMarks).toBe(2);
    expect(result.totalMarks).toBe(4);
    expect(result.grade).toBe(5);
    expect(result.percent).toBe(50);
  });

  it('gives zero for a quiz with no marks rather than dividing by zero', () => {
    expect(gradeAttempt([], 10)).toMatchObject({ grade: 0, percent: 0, totalMarks: 0 });
  });
});

describe('finalGrade', () => {
  const attempts = [
    { attemptNumber: 1, state: 'FINISHED' as const, grade: 4 },
    { attemptNumber: 2, state: 'FINISHED' as const, grade: 9 },
    { attemptNumber: 3, state: 'FINISHED' as const, grade: 6 },
    { attemptNumber: 4, state: 'IN_PROGRESS' as const, grade: null },
    { attemptNumber: 5, state: 'ABANDONED' as const, grade: 10 },
  ];

  it('uses finished attempts only', () => {
    expect(finalGrade('HIGHEST', attempts)).toBe(9);
    expect(finalGrade('LAST', attempts)).toBe(6);
  });

  it('supports every grading method', () => {
    expect(finalGrade('AVERAGE', attempts)).toBe(6.33333);
    expect(finalGrade('FIRST', attempts)).toBe(4);
  });

  it('orders by attempt number, not by the order given', () => {
    expect(finalGrade('FIRST', [...attempts].reverse())).toBe(4);
    expect(finalGrade('LAST', [...attempts].reverse())).toBe(6);
  });

  it('is null when no attempt has finished', () => {
    expect(finalGrade('HIGHEST', [{ attemptNumber: 1, state: 'IN_PROGRESS', grade: null }])).toBeNull();
    expect(finalGrade('AVERAGE', [])).toBeNull();
  });
});

describe('isPassed', () => {
  it('passes at or above the pass mark', () => {
    expect(isPassed(70, 70)).toBe(true);
    expect(isPassed(69.99, 70)).toBe(false);
    expect(isPassed(100, 70)).toBe(true);
  });

  it('is null when the quiz has no pass mark', () => {
    expect(isPassed(50, null)).toBeNull();
  });
});

describe('feedbackForPercent', () => {
  const bands = [
    { minPercent: 0, feedback: "Sorry! You haven't reached the necessary level to pass." },
    { minPercent: 80, feedback: 'Well done, you passed.' },
    { minPercent: 100, feedback: 'Full marks!' },
  ];

  it('picks the band whose lower bound the grade reaches', () => {
    expect(feedbackForPercent(bands, 0)).toMatch(/^Sorry/);
    expect(feedbackForPercent(bands, 79.99)).toMatch(/^Sorry/);
    expect(feedbackForPercent(bands, 80)).toBe('Well done, you passed.');
    expect(feedbackForPercent(bands, 100)).toBe('Full marks!');
  });

  it('is null without a matching band or with empty text', () => {
    expect(feedbackForPercent([{ minPercent: 50, feedback: 'Good' }], 20)).toBeNull();
    expect(feedbackForPercent([{ minPercent: 0, feedback: '  ' }], 20)).toBeNull();
  });
});

describe('buildLayout', () => {
  const slots = [1, 2, 3, 4, 5].map((n) => ({
    slot: n,
    questionId: 100 + n,
    shuffleChoices: true,
    type: 'SINGLE_CHOICE' as const,
    choiceIds: [n * 10 + 1, n * 10 + 2, n * 10 + 3],
  }));
  const seeded = (seed: number) => () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };

  it('puts questions on pages in slot order', () => {
    const layout = buildLayout(slots, { questionsPerPage: 2, shuffleChoices: false }, Math.random);
    expect(layout.slots.map((s) => s.page)).toEqual([1, 1, 2, 2, 3]);
    expect(pageCount(layout)).toBe(3);
    expect(
      buildLayout(slots, { questionsPerPage: 0, shuffleChoices: false }, Math.random).slots.every((s) => s.page === 1),
    ).toBe(true);
  });

  it('keeps choice order when shuffling is off for the quiz, the question or true/false', () => {
    expect(buildLayout(slots, { questionsPerPage: 1, shuffleChoices: false }, seeded(3)).slots[0]!.choiceOrder).toEqual(
      [11, 12, 13],
    );
    const noShuffle = slots.map((s) => ({ ...s, shuffleChoices: false }));
    expect(
      buildLayout(noShuffle, { questionsPerPage: 1, shuffleChoices: true }, seeded(3)).slots[0]!.choiceOrder,
    ).toEqual([11, 12, 13]);
    const tf = [{ slot: 1, questionId: 1, shuffleChoices: true, type: 'TRUE_FALSE' as const, choiceIds: [1, 2] }];
    expect(buildLayout(tf, { questionsPerPage: 1, shuffleChoices: true }, () => 0).slots[0]!.choiceOrder).toEqual([
      1, 2,
    ]);
  });

  it('shuffles choices as a permutation of the same ids', () => {
    const layout = buildLayout(slots, { questionsPerPage: 1, shuffleChoices: true }, seeded(7));
    const orders = layout.slots.map((s) => s.choiceOrder);
    orders.forEach((order, i) => expect([...order].sort()).toEqual(slots[i]!.choiceIds));
    expect(orders.some((order, i) => order.join() !== slots[i]!.choiceIds.join())).toBe(true);
  });

  it('clamps a requested page into range', () => {
    const layout = buildLayout(slots, { questionsPerPage: 2, shuffleChoices: false }, Math.random);
    expect(clampPage(layout, 9, 1)).toBe(3);
    expect(clampPage(layout, 0, 1)).toBe(1);
    expect(clampPage(layout, undefined, 2)).toBe(2);
    expect(clampPage(layout, Number.NaN, 2)).toBe(2);
  });
});

describe('attemptDeadline', () => {
  const start = new Date('2026-01-01T09:00:00Z');

  it('is the start plus the time limit', () => {
    expect(attemptDeadline(start, 600, null)).toEqual(new Date('2026-01-01T09:10:00Z'));
  });

  it('is cut short by the quiz closing', () => {
    expect(attemptDeadline(start, 3600, new Date('2026-01-01T09:30:00Z'))).toEqual(new Date('2026-01-01T09:30:00Z'));
    expect(attemptDeadline(start, null, new Date('2026-01-02T00:00:00Z'))).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  it('is null without a limit or closing date', () => {
    expect(attemptDeadline(start, null, null)).toBeNull();
    expect(attemptDeadline(start, 0, null)).toBeNull();
  });
});

describe('overdueAction', () => {
  const deadlineAt = new Date('2026-01-01T10:00:00Z');
  const before = new Date('2026-01-01T09:59:59Z');
  const after = new Date('2026-01-01T10:00:30Z');
  const muchLater = new Date('2026-01-03T10:00:00Z');

  it('leaves attempts open before the deadline, without one, or once closed', () => {
    const quiz = { overdueHandling: 'AUTOSUBMIT' as const, graceSeconds: 0 };
    expect(overdueAction({ state: 'IN_PROGRESS', deadlineAt }, quiz, before).kind).toBe('OPEN');
    expect(overdueAction({ state: 'IN_PROGRESS', deadlineAt: null }, quiz, muchLater).kind).toBe('OPEN');
    expect(overdueAction({ state: 'FINISHED', deadlineAt }, quiz, muchLater).kind).toBe('OPEN');
  });

  it('submits automatically as at the deadline', () => {
    const action = overdueAction(
      { state: 'IN_PROGRESS', deadlineAt },
      { overdueHandling: 'AUTOSUBMIT', graceSeconds: 0 },
      after,
    );
    expect(action).toEqual({ kind: 'FINISH', finishedAt: deadlineAt });
  });

  it('abandons when attempts must be submitted in time', () => {
    const action = overdueAction(
      { state: 'IN_PROGRESS', deadlineAt },
      { overdueHandling: 'ABANDON', graceSeconds: 0 },
      after,
    );
    expect(action).toEqual({ kind: 'ABANDON', finishedAt: deadlineAt });
  });

  it('allows a grace period (at least a minute), then abandons', () => {
    const quiz = { overdueHandling: 'GRACE_PERIOD' as const, graceSeconds: 10 };
    expect(overdueAction({ state: 'IN_PROGRESS', deadlineAt }, quiz, after).kind).toBe('OVERDUE');
    expect(overdueAction({ state: 'OVERDUE', deadlineAt }, quiz, muchLater)).toEqual({
      kind: 'ABANDON',
      finishedAt: new Date('2026-01-01T10:01:00Z'),
    });
  });
});

describe('quizButton', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const quiz = { attemptsAllowed: 2, opensAt: null, closesAt: null, questionCount: 3 };

  it('offers the first attempt, then a re-attempt, then none', () => {
    expect(quizButton(quiz, [], now)).toEqual({ kind: 'START', label: 'Attempt quiz now' });
    expect(quizButton(quiz, [{ state: 'FINISHED' }], now)).toEqual({ kind: 'REATTEMPT', label: 'Re-attempt quiz' });
    expect(quizButton(quiz, [{ state: 'FINISHED' }, { state: 'ABANDONED' }], now)).toEqual({
      kind: 'NONE',
      message: 'No more attempts are allowed',
    });
  });

  it('continues an open attempt even when it is the last one allowed', () => {
    expect(quizButton(quiz, [{ state: 'FINISHED' }, { state: 'IN_PROGRESS' }], now).kind).toBe('CONTINUE');
    expect(quizButton(quiz, [{ state: 'OVERDUE' }], now).kind).toBe('CONTINUE');
  });

  it('allows unlimited attempts when the allowance is 0', () => {
    const many = Array.from({ length: 20 }, () => ({ state: 'FINISHED' as const }));
    expect(quizButton({ ...quiz, attemptsAllowed: 0 }, many, now).kind).toBe('REATTEMPT');
  });

  it('refuses before opening, after closing and without questions', () => {
    expect(quizButton({ ...quiz, opensAt: new Date('2026-07-01T00:00:00Z') }, [], now).kind).toBe('NONE');
    expect(quizButton({ ...quiz, closesAt: new Date('2026-05-01T00:00:00Z') }, [], now).kind).toBe('NONE');
    expect(quizButton({ ...quiz, questionCount: 0 }, [], now).kind).toBe('NONE');
  });
});

describe('formatting', () => {
  it('describes durations in words', () => {
    expect(formatDuration(45_000)).toBe('45 secs');
    expect(formatDuration(61_000)).toBe('1 min 1 sec');
    expect(formatDuration(12 * 60_000)).toBe('12 mins');
    expect(formatDuration(3_900_000)).toBe('1 hour 5 mins');
  });

  it('labels responses for the summary page', () => {
    expect(responseStatus([])).toBe('Not yet answered');
    expect(responseStatus([4])).toBe('Answer saved');
  });
});

describe('validateChoices', () => {
  const row = (textHtml: string, percent: number, feedback = '') => ({ textHtml, percent, feedback });

  it('accepts a one-answer question with a 100% choice and ignores blank rows', () => {
    expect(validateChoices('SINGLE_CHOICE', [row('A', 100), row('B', 0), row('', 0)])).toEqual({});
  });

  it('needs two choices and a 100% choice for one-answer questions, with no negative grades', () => {
    expect(validateChoices('SINGLE_CHOICE', [row('A', 100)])).toHaveProperty(['choice.0.text']);
    expect(validateChoices('SINGLE_CHOICE', [row('A', 50), row('B', 0)])).toHaveProperty(['choice.0.percent']);
    expect(validateChoices('SINGLE_CHOICE', [row('A', 100), row('B', -50)])).toHaveProperty(['choice.1.percent']);
  });

  it('needs the positive grades of a several-answer question to add up to 100%', () => {
    expect(validateChoices('MULTI_CHOICE', [row('A', 50), row('B', 50), row('C', -100)])).toEqual({});
    expect(validateChoices('MULTI_CHOICE', [row('A', 33.333), row('B', 33.333), row('C', 33.334)])).toEqual({});
    expect(validateChoices('MULTI_CHOICE', [row('A', 50), row('B', 0)])).toHaveProperty(['choice.0.percent']);
  });

  it('needs exactly a 100% and a 0% choice for true/false', () => {
    expect(validateChoices('TRUE_FALSE', [row('True', 0), row('False', 100)])).toEqual({});
    expect(validateChoices('TRUE_FALSE', [row('True', 100), row('False', 100)])).toHaveProperty(['choice.0.text']);
    expect(validateChoices('TRUE_FALSE', [row('True', 100), row('False', 0), row('Maybe', 0)])).toHaveProperty([
      'choice.0.text',
    ]);
  });

  it('flags a blank row that still has a grade or feedback', () => {
    expect(validateChoices('SINGLE_CHOICE', [row('A', 100), row('B', 0), row('', 20)])).toHaveProperty([
      'choice.2.text',
    ]);
  });
});
