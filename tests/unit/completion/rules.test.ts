/** @jest-environment node */
import {
  activityCriterionMet,
  aggregateCriteria,
  automaticConditions,
  evaluateActivityState,
  evaluateCriterion,
  evaluateRestrictions,
  nextCourseStatus,
  type ActivityRule,
} from '@/lib/completion/rules';

const base: ActivityRule = {
  type: 'PAGE',
  completionMode: 'AUTOMATIC',
  requireView: false,
  requirePassingGrade: false,
  requireGrade: false,
  requireSubmit: false,
  requireScormStatus: false,
  requireMinScore: null,
  requireAttendance: null,
};
const rule = (over: Partial<ActivityRule>): ActivityRule => ({ ...base, ...over });

describe('automatic activity completion', () => {
  it('uses a default condition per type when none is ticked', () => {
    expect(automaticConditions(rule({ type: 'PAGE' }))).toEqual(['view']);
    expect(automaticConditions(rule({ type: 'QUIZ' }))).toEqual(['grade']);
    expect(automaticConditions(rule({ type: 'SCORM' }))).toEqual(['scormStatus']);
    expect(automaticConditions(rule({ type: 'WORKSHOP' }))).toEqual(['attendance']);
    expect(automaticConditions(rule({ type: 'FEEDBACK' }))).toEqual(['submit']);
    expect(automaticConditions(rule({ type: 'QUIZ', requireView: true }))).toEqual(['view']);
  });

  it('completes a page once viewed', () => {
    expect(evaluateActivityState(rule({ requireView: true }), {})).toBe('INCOMPLETE');
    expect(evaluateActivityState(rule({ requireView: true }), { viewed: true })).toBe('COMPLETE');
  });

  it('needs every ticked condition', () => {
    const r = rule({ type: 'QUIZ', requireView: true, requireGrade: true });
    expect(evaluateActivityState(r, { viewed: true })).toBe('INCOMPLETE');
    expect(evaluateActivityState(r, { grade: { percent: 40, passed: null } })).toBe('INCOMPLETE');
    expect(evaluateActivityState(r, { viewed: true, grade: { percent: 40, passed: null } })).toBe('COMPLETE');
  });

  it('gives complete-pass and complete-fail for a graded activity', () => {
    const r = rule({ type: 'QUIZ', requirePassingGrade: true });
    expect(evaluateActivityState(r, { grade: { percent: 90, passed: true } })).toBe('COMPLETE_PASS');
    expect(evaluateActivityState(r, { grade: { percent: 20, passed: false } })).toBe('COMPLETE_FAIL');
    expect(evaluateActivityState(r, {})).toBe('INCOMPLETE');
  });

  it('reads SCORM status, success and minimum score', () => {
    const r = rule({ type: 'SCORM', requireScormStatus: true });
    expect(
      evaluateActivityState(r, {
        scorm: { completionStatus: 'incomplete', successStatus: 'unknown', scorePercent: null },
      }),
    ).toBe('INCOMPLETE');
    expect(
      evaluateActivityState(r, {
        scorm: { completionStatus: 'completed', successStatus: 'unknown', scorePercent: null },
      }),
    ).toBe('COMPLETE');
    expect(
      evaluateActivityState(r, { scorm: { completionStatus: 'completed', successStatus: 'passed', scorePercent: 80 } }),
    ).toBe('COMPLETE_PASS');
    const min = rule({ type: 'SCORM', requireMinScore: 75 });
    expect(
      evaluateActivityState(min, {
        scorm: { completionStatus: 'completed', successStatus: 'unknown', scorePercent: 70 },
      }),
    ).toBe('INCOMPLETE');
    expect(
      evaluateActivityState(min, {
        scorm: { completionStatus: 'completed', successStatus: 'unknown', scorePercent: 75 },
      }),
    ).toBe('COMPLETE');
  });

  it('applies the attendance requirement of a workshop', () => {
    const partly = rule({ type: 'WORKSHOP', requireAttendance: 'PARTIALLY_OR_FULLY' });
    const fully = rule({ type: 'WORKSHOP', requireAttendance: 'FULLY' });
    expect(evaluateActivityState(partly, { attendance: 'PARTIALLY_ATTENDED' })).toBe('COMPLETE');
    expect(evaluateActivityState(fully, { attendance: 'PARTIALLY_ATTENDED' })).toBe('INCOMPLETE');
    expect(evaluateActivityState(fully, { attendance: 'FULLY_ATTENDED' })).toBe('COMPLETE');
    expect(evaluateActivityState(partly, { attendance: 'NO_SHOW' })).toBe('INCOMPLETE');
  });

  it('completes feedback on submission', () => {
    expect(evaluateActivityState(rule({ type: 'FEEDBACK' }), { submitted: true })).toBe('COMPLETE');
    expect(evaluateActivityState(rule({ type: 'FEEDBACK' }), { viewed: true })).toBe('INCOMPLETE');
  });

  it('leaves manual activities to the learner and never tracks NONE', () => {
    expect(evaluateActivityState(rule({ completionMode: 'MANUAL' }), { viewed: true }, 'INCOMPLETE')).toBe(
      'INCOMPLETE',
    );
    expect(evaluateActivityState(rule({ completionMode: 'MANUAL' }), {}, 'COMPLETE')).toBe('COMPLETE');
    expect(evaluateActivityState(rule({ completionMode: 'NONE' }), { viewed: true })).toBe('INCOMPLETE');
  });
});

describe('activity as a course criterion', () => {
  it('counts a fail unless a pass is required', () => {
    expect(activityCriterionMet('COMPLETE_FAIL', false)).toBe(true);
    expect(activityCriterionMet('COMPLETE_FAIL', true)).toBe(false);
    expect(activityCriterionMet('COMPLETE_PASS', true)).toBe(true);
    expect(activityCriterionMet('INCOMPLETE', false)).toBe(false);
    expect(activityCriterionMet(null, false)).toBe(false);
  });
});

describe('restrictions', () => {
  const x = { requiredActivityName: 'Data Protection eLearning 2021' };
  it('is open without restrictions', () => {
    expect(evaluateRestrictions([], 'ALL')).toEqual({ available: true, lockedReasons: [] });
  });

  it('explains an unmet completion requirement', () => {
    expect(evaluateRestrictions([{ ...x, requirement: 'COMPLETE', state: null }], 'ALL')).toEqual({
      available: false,
      lockedReasons: ['Available after you complete Data Protection eLearning 2021'],
    });
    expect(evaluateRestrictions([{ ...x, requirement: 'COMPLETE', state: 'COMPLETE_FAIL' }], 'ALL').available).toBe(
      true,
    );
  });

  it('distinguishes pass, fail and incomplete requirements', () => {
    expect(evaluateRestrictions([{ ...x, requirement: 'COMPLETE_PASS', state: 'COMPLETE_FAIL' }], 'ALL')).toEqual({
      available: false,
      lockedReasons: ['Available after you pass Data Protection eLearning 2021'],
    });
    expect(
      evaluateRestrictions([{ ...x, requirement: 'COMPLETE_FAIL', state: 'COMPLETE_FAIL' }], 'ALL').available,
    ).toBe(true);
    expect(evaluateRestrictions([{ ...x, requirement: 'INCOMPLETE', state: 'COMPLETE' }], 'ALL').available).toBe(false);
    expect(evaluateRestrictions([{ ...x, requirement: 'INCOMPLETE', state: null }], 'ALL').available).toBe(true);
  });

  it('needs all with ALL and one with ANY', () => {
    const two = [
      { requiredActivityName: 'A', requirement: 'COMPLETE' as const, state: 'COMPLETE' as const },
      { requiredActivityName: 'B', requirement: 'COMPLETE' as const, state: null },
    ];
    expect(evaluateRestrictions(two, 'ALL')).toEqual({
      available: false,
      lockedReasons: ['Available after you complete B'],
    });
    expect(evaluateRestrictions(two, 'ANY').available).toBe(true);
    const none = two.map((r) => ({ ...r, state: null }));
    const any = evaluateRestrictions(none, 'ANY');
    expect(any.available).toBe(false);
    expect(any.lockedReasons).toEqual([
      'Available when one of these is true: after you complete A; or after you complete B',
    ]);
  });
});

describe('course criteria', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('aggregates ALL with partial progress and ANY with none', () => {
    expect(aggregateCriteria('ALL', [{ met: true }, { met: false }, { met: false }])).toEqual({
      complete: false,
      progressPercent: 33,
    });
    expect(aggregateCriteria('ALL', [{ met: true }, { met: true }])).toEqual({ complete: true, progressPercent: 100 });
    expect(aggregateCriteria('ANY', [{ met: false }, { met: false }])).toEqual({ complete: false, progressPercent: 0 });
    expect(aggregateCriteria('ANY', [{ met: false }, { met: true }])).toEqual({ complete: true, progressPercent: 100 });
    expect(aggregateCriteria('ALL', [])).toEqual({ complete: false, progressPercent: 0 });
  });

  it('explains why each kind of criterion is not met', () => {
    expect(
      evaluateCriterion(
        { type: 'ACTIVITY', activityName: 'Quiz', state: 'COMPLETE_FAIL', requirePassingGrade: true },
        now,
      ),
    ).toMatchObject({
      met: false,
      label: 'Pass Quiz',
      why: 'You need a pass in Quiz. Your last result was a fail.',
    });
    expect(
      evaluateCriterion({ type: 'ACTIVITY', activityName: 'Intro', state: null, requirePassingGrade: false }, now).why,
    ).toBe('You have not completed Intro yet.');
    expect(evaluateCriterion({ type: 'SELF', completedAt: null }, now).met).toBe(false);
    expect(evaluateCriterion({ type: 'SELF', completedAt: now }, now)).toMatchObject({ met: true, why: null });
    expect(evaluateCriterion({ type: 'DATE', date: new Date('2026-04-01T00:00:00Z') }, now)).toMatchObject({
      met: false,
      why: 'This course cannot be completed before 1 April 2026.',
    });
    expect(evaluateCriterion({ type: 'DATE', date: new Date('2026-03-01T00:00:00Z') }, now).met).toBe(true);
    expect(
      evaluateCriterion({ type: 'DURATION', durationDays: 14, enrolledAt: new Date('2026-03-01T12:00:00Z') }, now),
    ).toMatchObject({
      met: false,
      why: 'You need to stay enrolled until 15 March 2026.',
    });
    expect(
      evaluateCriterion({ type: 'DURATION', durationDays: 7, enrolledAt: new Date('2026-03-01T12:00:00Z') }, now).met,
    ).toBe(true);
    expect(evaluateCriterion({ type: 'COURSE', courseName: 'Induction', courseComplete: false }, now).why).toBe(
      'You have not completed the course Induction yet.',
    );
  });

  it('keeps a completed course complete and moves from not started to in progress', () => {
    expect(nextCourseStatus({ current: 'COMPLETE', complete: false, anyActivity: true })).toBe('COMPLETE');
    expect(nextCourseStatus({ current: 'COMPLETE_RPL', complete: false, anyActivity: false })).toBe('COMPLETE_RPL');
    expect(nextCourseStatus({ current: 'NOT_STARTED', complete: false, anyActivity: false })).toBe('NOT_STARTED');
    expect(nextCourseStatus({ current: 'NOT_STARTED', complete: false, anyActivity: true })).toBe('IN_PROGRESS');
    expect(nextCourseStatus({ current: 'IN_PROGRESS', complete: true, anyActivity: true })).toBe('COMPLETE');
  });
});
