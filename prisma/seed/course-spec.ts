// Types of the catalogue data and the default activities of a course by format.
import type { TeamKey } from './context';

export type ActivitySpec = {
  key: string;
  type: 'SCORM' | 'QUIZ' | 'WORKSHOP' | 'CERTIFICATE' | 'FEEDBACK' | 'ACCESS_REQUEST' | 'PAGE' | 'URL';
  name: string;
  section?: string;
  description?: string;
  content?: string;
  url?: string;
  completionMode?: 'NONE' | 'MANUAL' | 'AUTOMATIC';
  /** Counts towards course completion. */
  criterion?: boolean;
  /** Locked until these activities (by key) reach the requirement. */
  after?: { key: string; requirement: 'COMPLETE' | 'COMPLETE_PASS' }[];
};

export type CourseSpec = {
  shortName: string;
  fullName: string;
  category: string;
  team: TeamKey;
  format: 'ELEARNING' | 'WORKSHOP' | 'BLENDED';
  summary: string;
  aim: string;
  forText: string;
  length: string;
  keywords: string[];
  enrol: 'SELF_BEFORE_CONTENT' | 'SELF_AFTER_VIEW' | 'PROGRAM';
  costPence?: number;
  sme?: string;
  reviewedMonthsAgo?: number;
  visibility?: 'EVERYONE' | 'RESTRICTED';
  organisations?: ('hcc' | 'schools' | 'wbc')[];
  audiences?: string[];
  aggregation?: 'ALL' | 'ANY';
  completionEnabled?: boolean;
  activities?: ActivitySpec[];
  overviewHtml?: string;
};

export const scorm = (name: string): ActivitySpec => ({
  key: 'elearning',
  type: 'SCORM',
  name,
  section: 'eLearning',
  description: 'Select the module to open it. Your progress is saved as you go.',
  criterion: true,
});

export const evaluation: ActivitySpec = {
  key: 'feedback',
  type: 'FEEDBACK',
  name: 'HCC Workshop Evaluation 2022',
  section: 'After the workshop',
  description: 'Tell us what you thought of the workshop. It takes about 5 minutes.',
  after: [{ key: 'workshop', requirement: 'COMPLETE' }],
};

export const workshop = (name = 'Book your workshop'): ActivitySpec => ({
  key: 'workshop',
  type: 'WORKSHOP',
  name,
  section: 'Book your workshop',
  description: "Choose a session below and select 'Sign up'.",
  criterion: true,
});

/** Activities for a course of the given format when it has no bespoke list. */
export function defaultActivities(course: CourseSpec): ActivitySpec[] {
  if (course.activities) return course.activities;
  if (course.format === 'ELEARNING') return [scorm(course.fullName)];
  if (course.format === 'WORKSHOP') return [workshop(), evaluation];
  return [
    scorm(`${course.fullName} - pre-course eLearning`),
    { ...workshop(), after: [{ key: 'elearning', requirement: 'COMPLETE' }] },
    evaluation,
  ];
}
