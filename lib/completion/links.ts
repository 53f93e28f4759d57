// Where each activity type lives. Types whose pages are not built yet are shown as text, never as dead links.
import type { ActivityType } from '@/lib/generated/prisma/enums';

const ROUTES: Record<ActivityType, string> = {
  QUIZ: '/quiz',
  WORKSHOP: '/workshops',
  SCORM: '/scorm',
  // /certificates/<issueId> is the PDF itself; the activity page sits beside it.
  CERTIFICATE: '/certificates/activity',
  FEEDBACK: '/feedback',
  ACCESS_REQUEST: '/access-requests',
  PAGE: '/activities',
  URL: '/activities',
  FILE: '/activities',
};

// The lead switches a type on here when its capability lands in main.
const LIVE_TYPES: ReadonlySet<ActivityType> = new Set<ActivityType>([
  'PAGE',
  'URL',
  'FILE',
  'QUIZ',
  'WORKSHOP',
  'SCORM',
  'CERTIFICATE',
  'FEEDBACK',
  'ACCESS_REQUEST',
]);

export function activityHref(activity: { id: number; type: ActivityType }): string {
  return `${ROUTES[activity.type]}/${activity.id}`;
}

export function isActivityTypeLive(type: ActivityType): boolean {
  return LIVE_TYPES.has(type);
}

export function courseHref(courseId: number): string {
  return `/courses/${courseId}`;
}
