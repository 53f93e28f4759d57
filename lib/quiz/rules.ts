// Pure quiz rules: marking, grading methods, feedback bands, attempt layout, deadlines and the view-page button.
// No I/O here: commands.ts and queries.ts feed these with rows they have read.

export type QuestionKind = 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
export type GradingMethodName = 'HIGHEST' | 'AVERAGE' | 'FIRST' | 'LAST';
export type AttemptStateName = 'IN_PROGRESS' | 'OVERDUE' | 'FINISHED' | 'ABANDONED';
export type OverdueHandlingName = 'AUTOSUBMIT' | 'GRACE_PERIOD' | 'ABANDON';

const PRECISION = 1e5;
/** Rounds to the 5 decimal places the database keeps for marks and fractions. */
export function round5(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The share of a question's mark earned by a response (0..1).
 * Single answer and true/false: the chosen choice's fraction; more than one choice is not a valid answer.
 * Several answers: the sum of the chosen fractions (wrong choices usually negative), clamped to 0..1 per question.
 */
export function responseFraction(
  type: QuestionKind,
  choices: { id: number; fraction: number }[],
  selectedIds: readonly number[],
): number {
  const byId = new Map(choices.map((c) => [c.id, c.fraction]));
  const selected = [...new Set(selectedIds)].filter((id) => byId.has(id));
  if (selected.length === 0) return 0;
  if (type !== 'MULTI_CHOICE') {
    if (selected.length !== 1) return 0;
    return clamp01(byId.get(selected[0]!) ?? 0);
  }
  return round5(clamp01(selected.reduce((sum, id) => sum + (byId.get(id) ?? 0), 0)));
}

export type SlotForGrading = {
  slot: number;
  maxMark: number;
  type: QuestionKind;
  choices: { id: number; fraction: number }[];
  selectedIds: readonly number[];
};

export type AttemptGrade = {
  slots: { slot: number; fraction: number; mark: number }[];
  sumMarks: number;
  totalMarks: number;
  /** On the quiz's maximum grade scale. */
  grade: number;
  percent: number;
};

/** Marks every slot and scales the total to the quiz's maximum grade. */
export function gradeAttempt(slots: SlotForGrading[], maxGrade: number): AttemptGrade {
  const marked = slots.map((s) => {
    const fraction = responseFraction(s.type, s.choices, s.selectedIds);
    return { slot: s.slot, fraction, mark: round5(fraction * s.maxMark) };
  });
  const sumMarks = round5(marked.reduce((sum, s) => sum + s.mark, 0));
  const totalMarks = round5(slots.reduce((sum, s) => sum + s.maxMark, 0));
  const ratio = totalMarks > 0 ? sumMarks / totalMarks : 0;
  return { slots: marked, sumMarks, totalMarks, grade: round5(ratio * maxGrade), percent: round5(ratio * 100) };
}

export type AttemptForGrading = {
  attemptNumber: number;
  state: AttemptStateName;
  grade: number | null;
};

/** The learner's quiz grade under the grading method, over finished attempts only; null when none has finished. */
export function finalGrade(method: GradingMethodName, attempts: AttemptForGrading[]): number | null {
  const finished = attempts
    .filter((a) => a.state === 'FINISHED' && a.grade !== null)
    .sort((a, b) => a.attemptNumber - b.attemptNumber);
  if (finished.length === 0) return null;
  const grades = finished.map((a) => a.grade as number);
  switch (method) {
    case 'HIGHEST':
      return Math.max(...grades);
    case 'AVERAGE':
      return round5(grades.reduce((sum, g) => sum + g, 0) / grades.length);
    case 'FIRST':
      return grades[0]!;
    case 'LAST':
      return grades[grades.length - 1]!;
  }
}

export function gradePercent(grade: number, maxGrade: number): number {
  return maxGrade > 0 ? round5((grade / maxGrade) * 100) : 0;
}

/** Passed when the grade reaches the pass mark; null when the quiz has no pass mark. */
export function isPassed(percent: number, passPercent: number | null): boolean | null {
  if (passPercent === null) return null;
  // Compare at database precision so 69.999995 does not fail a 70% pass mark through rounding noise.
  return round5(percent) >= round5(passPercent);
}

/** The overall feedback for a grade: the band with the highest lower bound not above the grade. */
export function feedbackForPercent(bands: { minPercent: number; feedback: string }[], percent: number): string | null {
  const band = [...bands]
    .sort((a, b) => b.minPercent - a.minPercent)
    .find((b) => round5(percent) >= round5(b.minPercent));
  return band && band.feedback.trim() !== '' ? band.feedback : null;
}

export type LayoutSlot = { slot: number; questionId: number; page: number; choiceOrder: number[] };
export type AttemptLayout = { slots: LayoutSlot[] };

/** Fisher–Yates with an injected random source (tests pass a seeded one). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Fixes the question pages and choice order at the start of an attempt, so they stay stable while it lasts.
 * Pages follow questionsPerPage (0 = all on one page); choices are shuffled when both the quiz and the question allow.
 */
export function buildLayout(
  slots: { slot: number; questionId: number; shuffleChoices: boolean; type: QuestionKind; choiceIds: number[] }[],
  options: { questionsPerPage: number; shuffleChoices: boolean },
  random: () => number,
): AttemptLayout {
  const ordered = [...slots].sort((a, b) => a.slot - b.slot);
  const perPage = options.questionsPerPage > 0 ? options.questionsPerPage : Math.max(1, ordered.length);
  return {
    slots: ordered.map((s, index) => ({
      slot: s.slot,
      questionId: s.questionId,
      page: Math.floor(index / perPage) + 1,
      // True/false keeps True before False: shuffling two fixed words only confuses.
      choiceOrder:
        options.shuffleChoices && s.shuffleChoices && s.type !== 'TRUE_FALSE'
          ? shuffled(s.choiceIds, random)
          : s.choiceIds,
    })),
  };
}

export function pageCount(layout: AttemptLayout): number {
  return layout.slots.reduce((max, s) => Math.max(max, s.page), 0) || 1;
}

/** The page to show: the requested one when valid, otherwise the nearest valid page. */
export function clampPage(layout: AttemptLayout, requested: number | undefined, fallback: number): number {
  const last = pageCount(layout);
  const page = requested !== undefined && Number.isInteger(requested) ? requested : fallback;
  return Math.min(last, Math.max(1, page));
}

/** When an attempt must be submitted: the time limit from its start, cut short by the quiz closing. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null, closesAt: Date | null): Date | null {
  const byLimit =
    timeLimitSeconds && timeLimitSeconds > 0 ? new Date(startedAt.getTime() + timeLimitSeconds * 1000) : null;
  if (byLimit && closesAt) return byLimit < closesAt ? byLimit : closesAt;
  return byLimit ?? closesAt;
}

export type OverdueAction =
  /** Still open, answers may change. */
  | { kind: 'OPEN' }
  /** Time is up: grade what was saved, as finished at the deadline. */
  | { kind: 'FINISH'; finishedAt: Date }
  /** Grace period: the attempt may be submitted but no answer may change. */
  | { kind: 'OVERDUE' }
  /** Not submitted in time: closed without a grade. */
  | { kind: 'ABANDON'; finishedAt: Date };

/** What the server must do with an open attempt at `now` (the same rule for the job and every read or write). */
export function overdueAction(
  attempt: { state: AttemptStateName; deadlineAt: Date | null },
  quiz: { overdueHandling: OverdueHandlingName; graceSeconds: number },
  now: Date,
): OverdueAction {
  const open = attempt.state === 'IN_PROGRESS' || attempt.state === 'OVERDUE';
  if (!open || !attempt.deadlineAt || now <= attempt.deadlineAt) return { kind: 'OPEN' };
  const deadline = attempt.deadlineAt;
  switch (quiz.overdueHandling) {
    case 'AUTOSUBMIT':
      return { kind: 'FINISH', finishedAt: deadline };
    case 'ABANDON':
      return { kind: 'ABANDON', finishedAt: deadline };
    case 'GRACE_PERIOD': {
      const graceEnds = new Date(deadline.getTime() + Math.max(60, quiz.graceSeconds) * 1000);
      return now <= graceEnds ? { kind: 'OVERDUE' } : { kind: 'ABANDON', finishedAt: graceEnds };
    }
  }
}

export type QuizButton =
  | { kind: 'START'; label: 'Attempt quiz now' }
  | { kind: 'CONTINUE'; label: 'Continue your attempt' }
  | { kind: 'REATTEMPT'; label: 'Re-attempt quiz' }
  | { kind: 'NONE'; message: string };

/** The main button on the quiz page. Archived attempts are already left out by the caller. */
export function quizButton(
  quiz: { attemptsAllowed: number; opensAt: Date | null; closesAt: Date | null; questionCount: number },
  attempts: { state: AttemptStateName }[],
  now: Date,
): QuizButton {
  if (attempts.some((a) => a.state === 'IN_PROGRESS' || a.state === 'OVERDUE')) {
    return { kind: 'CONTINUE', label: 'Continue your attempt' };
  }
  if (quiz.attemptsAllowed > 0 && attempts.length >= quiz.attemptsAllowed) {
    return { kind: 'NONE', message: 'No more attempts are allowed' };
  }
  if (quiz.questionCount === 0) return { kind: 'NONE', message: 'This quiz has no questions yet.' };
  if (quiz.opensAt && now < quiz.opensAt) return { kind: 'NONE', message: 'This quiz is not open yet.' };
  if (quiz.closesAt && now >= quiz.closesAt) return { kind: 'NONE', message: 'This quiz has closed.' };
  return attempts.length === 0
    ? { kind: 'START', label: 'Attempt quiz now' }
    : { kind: 'REATTEMPT', label: 'Re-attempt quiz' };
}

/** Whether a response counts as answered on the summary page. */
export function responseStatus(selectedIds: readonly number[]): 'Answer saved' | 'Not yet answered' {
  return selectedIds.length > 0 ? 'Answer saved' : 'Not yet answered';
}

/** "1 hour 5 mins", "12 mins 30 secs", "45 secs". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const mins = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours > 0) return [part(hours, 'hour'), mins > 0 ? part(mins, 'min') : null].filter(Boolean).join(' ');
  if (mins > 0) return [part(mins, 'min'), secs > 0 ? part(secs, 'sec') : null].filter(Boolean).join(' ');
  return part(secs, 'sec');
}

/** Numbers as Moodle shows grades: up to 2 decimal places, trailing zeros dropped. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export const GRADING_METHOD_LABELS: Record<GradingMethodName, string> = {
  HIGHEST: 'Highest grade',
  AVERAGE: 'Average grade',
  FIRST: 'First attempt',
  LAST: 'Last attempt',
};

/**
 * Checks a question's choices as authored (percent of the mark per choice). Returns errors keyed by form field.
 * Blank rows are ignored; true/false needs one 100% and one 0% choice.
 */
export function validateChoices(
  type: QuestionKind,
  choices: { textHtml: string; percent: number; feedback: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  choices.forEach((c, i) => {
    if (c.textHtml.trim() === '' && (c.percent !== 0 || c.feedback.trim() !== '')) {
      errors[`choice.${i}.text`] = `Enter the text of choice ${i + 1}, or clear its grade and feedback`;
    }
  });
  const filled = choices.filter((c) => c.textHtml.trim() !== '');
  if (type === 'TRUE_FALSE') {
    const percents = filled.map((c) => c.percent).sort((a, b) => a - b);
    if (filled.length !== 2 || percents[0] !== 0 || percents[1] !== 100) {
      errors['choice.0.text'] ??=
        'A true/false question needs two choices, "True" and "False": one at 100% and one at 0%';
    }
    return errors;
  }
  if (filled.length < 2) errors['choice.0.text'] ??= 'Enter at least 2 choices';
  if (type === 'SINGLE_CHOICE') {
    choices.forEach((c, i) => {
      if (c.percent < 0)
        errors[`choice.${i}.percent`] = `Choice ${i + 1}: grades for one-answer questions must be 0% to 100%`;
    });
    if (filled.length >= 2 && !filled.some((c) => c.percent === 100)) {
      errors['choice.0.percent'] ??= 'One choice must be worth 100%';
    }
  } else if (filled.length >= 2) {
    const positive = filled.filter((c) => c.percent > 0).reduce((sum, c) => sum + c.percent, 0);
    if (Math.abs(positive - 100) > 0.01) errors['choice.0.percent'] ??= 'The positive grades must add up to 100%';
  }
  return errors;
}
