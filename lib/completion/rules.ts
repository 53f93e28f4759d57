// Pure completion rules: activity states from facts, restrictions between activities, course criteria
// aggregation and progress. No I/O: everything the rules need is passed in.
import { formatDate } from '@/lib/format';
import type {
  ActivityCompletionState,
  ActivityType,
  Aggregation,
  AttendanceRequirement,
  CompletionMode,
  CriterionType,
  RestrictionRequirement,
} from '@/lib/generated/prisma/enums';

/** What an activity reports about a learner (see recordActivityFacts); the rules below turn it into a state. */
export type ActivityFacts = {
  viewed?: boolean;
  grade?: { percent: number; passed: boolean | null };
  submitted?: boolean;
  attendance?: 'FULLY_ATTENDED' | 'PARTIALLY_ATTENDED' | 'NO_SHOW' | null;
  scorm?: { completionStatus: string; successStatus: string; scorePercent: number | null };
};

export type ActivityRule = {
  type: ActivityType;
  completionMode: CompletionMode;
  requireView: boolean;
  requirePassingGrade: boolean;
  requireGrade: boolean;
  requireSubmit: boolean;
  requireScormStatus: boolean;
  requireMinScore: number | null;
  requireAttendance: AttendanceRequirement | null;
};

type Condition = 'view' | 'grade' | 'passingGrade' | 'submit' | 'scormStatus' | 'minScore' | 'attendance';

/** The conditions an AUTOMATIC activity needs. With none ticked, each type has a sensible default. */
export function automaticConditions(rule: ActivityRule): Condition[] {
  const conditions: Condition[] = [];
  if (rule.requireView) conditions.push('view');
  if (rule.requireGrade) conditions.push('grade');
  if (rule.requirePassingGrade) conditions.push('passingGrade');
  if (rule.requireSubmit) conditions.push('submit');
  if (rule.requireScormStatus) conditions.push('scormStatus');
  if (rule.requireMinScore != null) conditions.push('minScore');
  if (rule.requireAttendance) conditions.push('attendance');
  if (conditions.length > 0) return conditions;
  switch (rule.type) {
    case 'QUIZ':
      return ['grade'];
    case 'SCORM':
      return ['scormStatus'];
    case 'WORKSHOP':
      return ['attendance'];
    case 'FEEDBACK':
    case 'ACCESS_REQUEST':
      return ['submit'];
    default:
      return ['view'];
  }
}

function scoreOf(facts: ActivityFacts): number | null {
  if (facts.grade) return facts.grade.percent;
  return facts.scorm?.scorePercent ?? null;
}

/** true = passed, false = failed, null = no pass/fail result known. */
function passResult(facts: ActivityFacts): boolean | null {
  if (facts.grade && facts.grade.passed !== null) return facts.grade.passed;
  const success = facts.scorm?.successStatus;
  if (success === 'passed') return true;
  if (success === 'failed') return false;
  return null;
}

function conditionMet(condition: Condition, rule: ActivityRule, facts: ActivityFacts): boolean {
  switch (condition) {
    case 'view':
      return facts.viewed === true;
    case 'grade':
      return facts.grade != null || facts.scorm?.scorePercent != null;
    case 'passingGrade':
      // A failing result still "meets" the condition in the sense of being graded; the state becomes COMPLETE_FAIL.
      return passResult(facts) !== null;
    case 'submit':
      return facts.submitted === true;
    case 'scormStatus': {
      const s = facts.scorm;
      return (
        !!s && (s.completionStatus === 'completed' || s.successStatus === 'passed' || s.successStatus === 'failed')
      );
    }
    case 'minScore': {
      const score = scoreOf(facts);
      return score !== null && rule.requireMinScore !== null && score >= rule.requireMinScore;
    }
    case 'attendance':
      if (rule.requireAttendance === 'FULLY') return facts.attendance === 'FULLY_ATTENDED';
      return facts.attendance === 'FULLY_ATTENDED' || facts.attendance === 'PARTIALLY_ATTENDED';
  }
}

/**
 * The completion state an AUTOMATIC activity reaches with these facts. MANUAL and NONE activities are not
 * driven by facts: the caller keeps their stored state (`previous`).
 */
export function evaluateActivityState(
  rule: ActivityRule,
  facts: ActivityFacts,
  previous: ActivityCompletionState = 'INCOMPLETE',
): ActivityCompletionState {
  if (rule.completionMode === 'NONE') return 'INCOMPLETE';
  if (rule.completionMode === 'MANUAL') return previous;
  const conditions = automaticConditions(rule);
  if (!conditions.every((c) => conditionMet(c, rule, facts))) return 'INCOMPLETE';
  const passed = passResult(facts);
  if (passed === true) return 'COMPLETE_PASS';
  if (passed === false) return 'COMPLETE_FAIL';
  return 'COMPLETE';
}

export function isTracked(rule: Pick<ActivityRule, 'completionMode'>): boolean {
  return rule.completionMode !== 'NONE';
}

/**
 * Whether an activity state satisfies a course criterion. A fail counts as done unless the activity requires a
 * passing grade (Moodle's behaviour: configure "passing grade" when complete must mean passed).
 */
export function activityCriterionMet(
  state: ActivityCompletionState | null | undefined,
  requirePassingGrade: boolean,
): boolean {
  if (state === 'COMPLETE' || state === 'COMPLETE_PASS') return true;
  return state === 'COMPLETE_FAIL' && !requirePassingGrade;
}

export function isCompleteState(state: ActivityCompletionState | null | undefined): boolean {
  return state === 'COMPLETE' || state === 'COMPLETE_PASS' || state === 'COMPLETE_FAIL';
}

// ---------------------------------------------------------------------------------------------------------------
// Restrictions

export type RestrictionInput = {
  requiredActivityName: string;
  requirement: RestrictionRequirement;
  state: ActivityCompletionState | null | undefined;
};

export function restrictionMet(r: Pick<RestrictionInput, 'requirement' | 'state'>): boolean {
  switch (r.requirement) {
    case 'COMPLETE':
      return isCompleteState(r.state);
    case 'COMPLETE_PASS':
      return r.state === 'COMPLETE_PASS';
    case 'COMPLETE_FAIL':
      return r.state === 'COMPLETE_FAIL';
    case 'INCOMPLETE':
      return !isCompleteState(r.state);
  }
}

export function restrictionReason(r: Pick<RestrictionInput, 'requirement' | 'requiredActivityName'>): string {
  const name = r.requiredActivityName;
  switch (r.requirement) {
    case 'COMPLETE':
      return `Available after you complete ${name}`;
    case 'COMPLETE_PASS':
      return `Available after you pass ${name}`;
    case 'COMPLETE_FAIL':
      return `Available if you do not pass ${name}`;
    case 'INCOMPLETE':
      return `Available until you complete ${name}`;
  }
}

/** Whether an activity is open, and if not the reasons in plain words. No restrictions = available. */
export function evaluateRestrictions(
  restrictions: RestrictionInput[],
  aggregation: Aggregation,
): { available: boolean; lockedReasons: string[] } {
  if (restrictions.length === 0) return { available: true, lockedReasons: [] };
  const unmet = restrictions.filter((r) => !restrictionMet(r));
  if (aggregation === 'ANY') {
    if (unmet.length < restrictions.length) return { available: true, lockedReasons: [] };
    if (unmet.length === 1) return { available: false, lockedReasons: [restrictionReason(unmet[0]!)] };
    const names = unmet.map((r) => restrictionReason(r).replace(/^Available /, ''));
    return { available: false, lockedReasons: [`Available when one of these is true: ${names.join('; or ')}`] };
  }
  return { available: unmet.length === 0, lockedReasons: unmet.map(restrictionReason) };
}

// ---------------------------------------------------------------------------------------------------------------
// Course criteria

export type CriterionInput =
  | { type: 'ACTIVITY'; activityName: string; state: ActivityCompletionState | null; requirePassingGrade: boolean }
  | { type: 'SELF' | 'MANUAL'; completedAt: Date | null }
  | { type: 'DATE'; date: Date | null }
  | { type: 'DURATION'; durationDays: number | null; enrolledAt: Date | null }
  | { type: 'COURSE'; courseName: string; courseComplete: boolean };

export type CriterionResult = { type: CriterionType; met: boolean; label: string; why: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/** One criterion: met or not, a label for the status list, and (when not met) why, for "Why isn't this complete?". */
export function evaluateCriterion(c: CriterionInput, now: Date): CriterionResult {
  switch (c.type) {
    case 'ACTIVITY': {
      const met = activityCriterionMet(c.state, c.requirePassingGrade);
      let why: string | null = null;
      if (!met) {
        if (c.state === 'COMPLETE_FAIL') why = `You need a pass in ${c.activityName}. Your last result was a fail.`;
        else why = `You have not completed ${c.activityName} yet.`;
      }
      return {
        type: 'ACTIVITY',
        met,
        label: c.requirePassingGrade ? `Pass ${c.activityName}` : `Complete ${c.activityName}`,
        why,
      };
    }
    case 'SELF':
      return {
        type: 'SELF',
        met: c.completedAt !== null,
        label: 'Mark the course as complete yourself',
        why: c.completedAt ? null : 'You have not marked the course as complete.',
      };
    case 'MANUAL':
      return {
        type: 'MANUAL',
        met: c.completedAt !== null,
        label: 'Marked complete by the course team',
        why: c.completedAt ? null : 'The course team has not marked you as complete yet.',
      };
    case 'DATE': {
      const met = c.date !== null && now >= c.date;
      return {
        type: 'DATE',
        met,
        label: c.date ? `Date reached: ${formatDate(c.date)}` : 'Date reached',
        why: met
          ? null
          : c.date
            ? `This course cannot be completed before ${formatDate(c.date)}.`
            : 'No date has been set.',
      };
    }
    case 'DURATION': {
      const due =
        c.enrolledAt && c.durationDays != null ? new Date(c.enrolledAt.getTime() + c.durationDays * DAY_MS) : null;
      const met = due !== null && now >= due;
      return {
        type: 'DURATION',
        met,
        label: `Enrolled for ${c.durationDays ?? 0} days`,
        why: met ? null : due ? `You need to stay enrolled until ${formatDate(due)}.` : 'You are not enrolled.',
      };
    }
    case 'COURSE':
      return {
        type: 'COURSE',
        met: c.courseComplete,
        label: `Complete the course ${c.courseName}`,
        why: c.courseComplete ? null : `You have not completed the course ${c.courseName} yet.`,
      };
  }
}

/** ALL: complete when every criterion is met; ANY: when one is. Progress is the share of criteria met. */
export function aggregateCriteria(
  aggregation: Aggregation,
  results: Pick<CriterionResult, 'met'>[],
): { complete: boolean; progressPercent: number } {
  if (results.length === 0) return { complete: false, progressPercent: 0 };
  const met = results.filter((r) => r.met).length;
  const complete = aggregation === 'ANY' ? met > 0 : met === results.length;
  if (complete) return { complete, progressPercent: 100 };
  // Under ANY, no single criterion is partly done, so nothing short of completion shows progress.
  const progressPercent = aggregation === 'ANY' ? 0 : Math.floor((met / results.length) * 100);
  return { complete, progressPercent };
}

export type CourseStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE' | 'COMPLETE_RPL';

/** Course status after a recompute. Completion is kept once reached (a later fail does not undo it). */
export function nextCourseStatus(input: {
  current: CourseStatus;
  complete: boolean;
  anyActivity: boolean;
}): CourseStatus {
  if (input.current === 'COMPLETE' || input.current === 'COMPLETE_RPL') return input.current;
  if (input.complete) return 'COMPLETE';
  return input.anyActivity ? 'IN_PROGRESS' : 'NOT_STARTED';
}
