// Every help topic's URL slug (/help/<slug>). A typed list so a contextual help link to a topic that does not exist
// fails to compile; tests check each slug has exactly one topic.
export const HELP_SLUGS = [
  'new-account',
  'set-or-change-password',
  'which-login',
  'forgotten-username',
  'forgotten-password',
  'no-email-address',
  'home-or-personal-device',
  'find-a-course',
  'record-of-learning',
  'outstanding-learning',
  'share-a-course',
  'enrol-on-a-course',
  'complete-a-course',
  'give-feedback',
  'course-content-contact',
  'find-elearning',
  'elearning-blank-or-pop-up',
  'elearning-not-complete',
  'quizzes',
  'book-a-workshop',
  'cost-codes',
  'cancel-a-booking',
  'workshop-details',
  'missing-booking-email',
  'get-certificate',
  'save-print-certificate',
  'certificate-date',
  'certifications',
  'programs',
  'my-team',
  'systems-access',
  'commission-learning',
  'contact-support',
] as const;

export type HelpSlug = (typeof HELP_SLUGS)[number];

/** The URL of a topic, for links from the screens where people get stuck. */
export function helpHref(slug: HelpSlug, anchor?: string): string {
  return `/help/${slug}${anchor ? `#${anchor}` : ''}`;
}
