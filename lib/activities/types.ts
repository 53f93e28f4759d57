// The activity types an L&D admin may add, with one line of help each, and where each is set up after adding.
// Pure: no I/O. Types whose pages are not built yet (lib/completion/links.ts) are not offered.
import { isActivityTypeLive } from '@/lib/completion/links';
import type { ActivityType } from '@/lib/generated/prisma/enums';

/** What the type does, and how it completes when completion is automatic with no condition ticked. */
export const ACTIVITY_TYPE_HELP: Record<ActivityType, string> = {
  PAGE: 'A page of text you write here. Completes when the learner views it.',
  URL: 'A link to a page on another website. Completes when the learner opens it.',
  FILE: 'A document to download (PDF, Word, PowerPoint, picture). Completes when the learner opens it.',
  SCORM:
    'An eLearning package (SCORM 1.2 or 2004) you upload next. Completes when the package reports completed or passed.',
  QUIZ: 'Questions from the course’s question bank, marked automatically; you add them next. Completes when the learner gets a grade (or a passing grade).',
  WORKSHOP:
    'Sessions in a room or online that learners book; you add the sessions next. Completes when their attendance is marked.',
  CERTIFICATE: 'A PDF certificate, issued once the course is complete. Completes when the learner opens it.',
  FEEDBACK:
    'A course evaluation: dropdowns, 1–4 agreement scales and free text, answered once per learner, named or anonymous; you add the questions next and see the results there. Completes when the learner submits it.',
  ACCESS_REQUEST:
    'A form to request access to a system (such as LCS), usually restricted until the eLearning is complete; requests go to your team’s queue in Admin. Completes when the learner submits it.',
};

/** The types offered under "Add an activity", in the order shown. */
export function addableActivityTypes(all: readonly ActivityType[]): ActivityType[] {
  return all.filter(isActivityTypeLive);
}

/** Types set up further on their own admin page (activityAdminHref), and what that page holds. */
export const ACTIVITY_SET_UP_LABEL: Partial<Record<ActivityType, string>> = {
  QUIZ: 'Questions, pass mark, attempts and results',
  WORKSHOP: 'Sessions, attendees, booking questions and workshop settings',
  SCORM: 'eLearning package, learners’ attempts and resets',
  FEEDBACK: 'Questions, settings and results',
  ACCESS_REQUEST: 'System, questions and where requests are emailed',
};

/**
 * Where an activity is set up in Admin: its quiz (questions and settings), workshop (sessions and settings) or
 * eLearning package page, else the activity's own settings.
 */
export function activityAdminHref(activity: { id: number; type: ActivityType }): string {
  switch (activity.type) {
    case 'QUIZ':
      return `/admin/quizzes/${activity.id}`;
    case 'WORKSHOP':
      return `/admin/workshops/${activity.id}`;
    case 'SCORM':
      return `/admin/activities/${activity.id}/scorm`;
    case 'FEEDBACK':
      return `/admin/feedback/${activity.id}`;
    case 'ACCESS_REQUEST':
      return `/admin/access-requests/activity/${activity.id}`;
    default:
      return `/admin/activities/${activity.id}`;
  }
}
