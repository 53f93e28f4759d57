// Pure program rules: the one program state shown on Home, Required Learning, the Programs tab and My Team.

export type ProgramRecord = {
  status: 'INCOMPLETE' | 'COMPLETE';
  startedAt: Date | null;
  progressPercent: number;
  dueAt: Date | null;
  completedAt: Date | null;
};

export type ProgramStateKey = 'complete' | 'in_progress' | 'not_started';

export type ProgramState = {
  key: ProgramStateKey;
  /** Incomplete and past its due date. */
  overdue: boolean;
  /** Shown as required learning: assigned and not complete. */
  outstanding: boolean;
  progressPercent: number;
  dueAt: Date | null;
};

/** The learner's state on a program at `now`; a program with any progress counts as started. */
export function programState(r: ProgramRecord, now: Date): ProgramState {
  if (r.status === 'COMPLETE')
    return { key: 'complete', overdue: false, outstanding: false, progressPercent: 100, dueAt: r.dueAt };
  const started = r.startedAt !== null || r.progressPercent > 0;
  return {
    key: started ? 'in_progress' : 'not_started',
    overdue: r.dueAt !== null && now.getTime() > r.dueAt.getTime(),
    outstanding: true,
    progressPercent: Math.min(99, Math.max(0, r.progressPercent)),
    dueAt: r.dueAt,
  };
}

const LABELS: Record<ProgramStateKey, string> = {
  complete: 'Complete',
  in_progress: 'In progress',
  not_started: 'Not started',
};

export function programStateLabel(key: ProgramStateKey): string {
  return LABELS[key];
}

/** A course set's rule in words, as the program page and Admin show it. */
export function describeSetRule(completionType: string, minCourses: number): string {
  if (completionType === 'ANY') return 'One course in this set must be completed.';
  if (completionType === 'SOME')
    return `At least ${minCourses} ${minCourses === 1 ? 'course' : 'courses'} in this set must be completed.`;
  if (completionType === 'OPTIONAL') return 'All courses in this set are optional.';
  return 'All courses in this set must be completed.';
}

/** The word between two sets. */
export function describeOperator(operator: string): string {
  return operator === 'AND' ? 'And' : operator === 'OR' ? 'Or' : 'Then';
}
