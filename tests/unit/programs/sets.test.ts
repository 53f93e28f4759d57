// Course-set rules: ALL / ANY / SOME / OPTIONAL, THEN groups locking later sets, AND binding tighter than OR,
// and progress % (optional sets left out).
import { evaluateProgram, evaluateSet, groupSets, type CourseProgress, type CourseSetRule } from '@/lib/programs/sets';

const set = (id: number, over: Partial<CourseSetRule> = {}): CourseSetRule => ({
  id,
  completionType: 'ALL',
  minCourses: 0,
  nextOperator: 'THEN',
  courseIds: [id * 10 + 1, id * 10 + 2],
  ...over,
});
const progress = (entries: [number, boolean, number?][]): CourseProgress =>
  new Map(entries.map(([id, complete, percent]) => [id, { complete, percent: percent ?? (complete ? 100 : 0) }]));

describe('one set', () => {
  it('ALL needs every course; progress is the mean of the courses', () => {
    expect(evaluateSet(set(1), progress([[11, true]]))).toEqual({ id: 1, complete: false, percent: 50 });
    expect(
      evaluateSet(
        set(1),
        progress([
          [11, true],
          [12, false, 40],
        ]),
      ),
    ).toMatchObject({ complete: false, percent: 70 });
    expect(
      evaluateSet(
        set(1),
        progress([
          [11, true],
          [12, true],
        ]),
      ),
    ).toMatchObject({ complete: true, percent: 100 });
  });
  it('ANY needs one course; the best course counts', () => {
    const any = set(1, { completionType: 'ANY' });
    expect(evaluateSet(any, progress([[12, false, 60]]))).toMatchObject({ complete: false, percent: 60 });
    expect(evaluateSet(any, progress([[12, true]]))).toMatchObject({ complete: true, percent: 100 });
  });
  it('SOME needs N; N above the number of courses means all; SOME 0 and OPTIONAL are done and not counted', () => {
    const some = set(1, { completionType: 'SOME', minCourses: 2, courseIds: [1, 2, 3] });
    expect(evaluateSet(some, progress([[1, true]]))).toMatchObject({ complete: false, percent: 50 });
    expect(
      evaluateSet(
        some,
        progress([
          [1, true],
          [3, true],
        ]),
      ),
    ).toMatchObject({ complete: true });
    expect(
      evaluateSet(
        { ...some, minCourses: 9 },
        progress([
          [1, true],
          [2, true],
        ]),
      ),
    ).toMatchObject({ complete: false });
    expect(evaluateSet({ ...some, minCourses: 0 }, new Map())).toEqual({ id: 1, complete: true, percent: null });
    expect(evaluateSet(set(1, { completionType: 'OPTIONAL' }), new Map())).toEqual({
      id: 1,
      complete: true,
      percent: null,
    });
  });
});

describe('sets joined by THEN, AND and OR', () => {
  it('groups: Set1 THEN Set2 THEN Set3 OR Set4 (the reference example)', () => {
    const groups = groupSets([set(1), set(2), set(3, { nextOperator: 'OR' }), set(4)]);
    expect(groups.map((g) => g.map((t) => t.map((s) => s.id)))).toEqual([[[1]], [[2]], [[3], [4]]]);
  });

  it('later THEN groups are locked until the earlier group is satisfied', () => {
    const sets = [set(1), set(2)];
    const before = evaluateProgram(sets, progress([[11, true]]));
    expect(before.sets.map((s) => s.locked)).toEqual([false, true]);
    expect(before.complete).toBe(false);
    expect(before.progressPercent).toBe(25);
    const after = evaluateProgram(
      sets,
      progress([
        [11, true],
        [12, true],
      ]),
    );
    expect(after.sets.map((s) => s.locked)).toEqual([false, false]);
    expect(after.progressPercent).toBe(50);
    expect(
      evaluateProgram(
        sets,
        progress([
          [11, true],
          [12, true],
          [21, true],
          [22, true],
        ]),
      ),
    ).toMatchObject({
      complete: true,
      progressPercent: 100,
    });
  });

  it('AND binds tighter than OR: (1 AND 2) OR 3', () => {
    const sets = [set(1, { nextOperator: 'AND' }), set(2, { nextOperator: 'OR' }), set(3)];
    const only1 = progress([
      [11, true],
      [12, true],
    ]);
    expect(evaluateProgram(sets, only1).complete).toBe(false);
    expect(
      evaluateProgram(
        sets,
        progress([
          [31, true],
          [32, true],
        ]),
      ).complete,
    ).toBe(true);
    const both = progress([
      [11, true],
      [12, true],
      [21, true],
      [22, true],
    ]);
    expect(evaluateProgram(sets, both).complete).toBe(true);
  });

  it('an optional set neither blocks nor counts; no sets is never complete', () => {
    const sets = [set(1, { completionType: 'OPTIONAL', nextOperator: 'AND' }), set(2)];
    expect(evaluateProgram(sets, progress([[21, true]]))).toMatchObject({ complete: false, progressPercent: 50 });
    expect(
      evaluateProgram(
        sets,
        progress([
          [21, true],
          [22, true],
        ]),
      ),
    ).toMatchObject({ complete: true });
    expect(evaluateProgram([], new Map())).toEqual({ complete: false, progressPercent: 0, sets: [] });
  });

  it('an incomplete program never shows 100%', () => {
    const sets = [set(1, { courseIds: Array.from({ length: 300 }, (_, i) => i + 1) })];
    const nearly = progress(Array.from({ length: 299 }, (_, i): [number, boolean] => [i + 1, true]));
    expect(evaluateProgram(sets, nearly)).toMatchObject({ complete: false, progressPercent: 99 });
  });
});
