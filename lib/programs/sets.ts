// Pure course-set rules (REFERENCE §2.1): a set is satisfied by ALL / ANY (one) / SOME (at least N) of its
// courses, or is OPTIONAL (satisfied at once, left out of progress). Consecutive sets are joined by THEN (a new
// group: later groups are locked until the earlier ones are satisfied) or AND / OR inside a group, evaluated with
// AND binding tighter than OR, as Totara does. No I/O.

export type SetCompletionType = 'ALL' | 'ANY' | 'SOME' | 'OPTIONAL';
export type SetOperator = 'THEN' | 'AND' | 'OR';

export type CourseSetRule = {
  id: number;
  completionType: SetCompletionType;
  minCourses: number;
  /** How this set combines with the next one (ignored on the last set). */
  nextOperator: SetOperator;
  courseIds: number[];
};

/** Per course: complete, or its progress (0–100). Missing courses count as not started. */
export type CourseProgress = Map<number, { complete: boolean; percent: number }>;

export type SetEvaluation = {
  id: number;
  complete: boolean;
  /** Null for a set that does not count towards progress (optional, or "some 0"). */
  percent: number | null;
  /** A later THEN group while an earlier one is not satisfied: visible, not yet open. */
  locked: boolean;
};

export type ProgramEvaluation = { complete: boolean; progressPercent: number; sets: SetEvaluation[] };

function required(set: CourseSetRule): number {
  if (set.completionType === 'OPTIONAL') return 0;
  if (set.completionType === 'ALL') return set.courseIds.length;
  if (set.completionType === 'ANY') return Math.min(1, set.courseIds.length);
  return Math.min(Math.max(0, set.minCourses), set.courseIds.length);
}

/** One set: done when enough courses are complete; progress from the best courses' own progress. */
export function evaluateSet(set: CourseSetRule, progress: CourseProgress): Omit<SetEvaluation, 'locked'> {
  const need = required(set);
  if (need === 0) return { id: set.id, complete: true, percent: null };
  const scores = set.courseIds
    .map((id) => {
      const p = progress.get(id);
      return p ? (p.complete ? 100 : Math.max(0, Math.min(99, p.percent))) : 0;
    })
    .sort((a, b) => b - a);
  const done = scores.filter((s) => s === 100).length;
  const best = scores.slice(0, need).reduce((sum, s) => sum + s, 0);
  return { id: set.id, complete: done >= need, percent: Math.floor(best / need) };
}

/** Splits sets into THEN groups, each a list of OR terms, each term a list of sets joined by AND. */
export function groupSets<T extends { nextOperator: SetOperator }>(sets: T[]): T[][][] {
  const groups: T[][][] = [];
  let terms: T[][] = [[]];
  sets.forEach((set, i) => {
    terms[terms.length - 1]!.push(set);
    const op = i === sets.length - 1 ? 'THEN' : set.nextOperator;
    if (op === 'OR') terms.push([]);
    if (op === 'THEN') {
      groups.push(terms);
      terms = [[]];
    }
  });
  return groups;
}

/**
 * The whole program: complete when every THEN group is satisfied. Progress is the mean over groups of the best
 * OR alternative (the mean of its counted sets); groups with nothing to count are left out.
 */
export function evaluateProgram(sets: CourseSetRule[], progress: CourseProgress): ProgramEvaluation {
  if (sets.length === 0) return { complete: false, progressPercent: 0, sets: [] };
  const evaluated = new Map(sets.map((s) => [s.id, evaluateSet(s, progress)]));
  const out: SetEvaluation[] = [];
  const groupPercents: number[] = [];
  let open = true;
  let complete = true;
  for (const terms of groupSets(sets)) {
    const satisfied = terms.some((term) => term.every((s) => evaluated.get(s.id)!.complete));
    const termPercents = terms
      .map((term) => term.map((s) => evaluated.get(s.id)!.percent).filter((p): p is number => p !== null))
      .filter((ps) => ps.length > 0)
      .map((ps) => ps.reduce((a, b) => a + b, 0) / ps.length);
    if (termPercents.length > 0) groupPercents.push(satisfied ? 100 : Math.max(...termPercents));
    for (const term of terms) for (const s of term) out.push({ ...evaluated.get(s.id)!, locked: !open });
    if (!satisfied) {
      complete = false;
      open = false;
    }
  }
  const mean = groupPercents.length ? groupPercents.reduce((a, b) => a + b, 0) / groupPercents.length : 100;
  const progressPercent = complete ? 100 : Math.min(99, Math.floor(mean));
  return { complete, progressPercent, sets: out };
}
