// What an activity reports about a learner; the completion rules turn these facts into a completion state.

export type ActivityFacts = {
  viewed?: boolean;
  grade?: { percent: number; passed: boolean | null };
  submitted?: boolean;
  attendance?: 'FULLY_ATTENDED' | 'PARTIALLY_ATTENDED' | 'NO_SHOW' | null;
  scorm?: { completionStatus: string; successStatus: string; scorePercent: number | null };
};
