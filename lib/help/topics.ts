// The help centre's content: the sections of the user guide, in its order, and every topic in each.
import { COURSE_CONTENT_TOPICS } from './content/course-content';
import { ELEARNING_TOPICS, QUIZ_TOPICS } from './content/elearning-and-quizzes';
import { FINDING_LEARNING_TOPICS } from './content/finding-learning';
import { LOGGING_IN_TOPICS } from './content/logging-in';
import { MORE_TOPICS } from './content/more';
import { CERTIFICATE_TOPICS, WORKSHOP_TOPICS } from './content/workshops-and-certificates';
import type { HelpSlug } from './slugs';
import type { HelpSection, HelpSectionId, HelpTopic } from './types';

export const HELP_SECTIONS: HelpSection[] = [
  { id: 'logging-in', title: 'Logging in', summary: 'Accounts, passwords, usernames and which login to use.' },
  {
    id: 'finding-learning',
    title: 'Finding and sharing learning',
    summary: 'Find Learning, your records and sharing.',
  },
  { id: 'course-content', title: 'Courses and enrolment', summary: 'Enrolling, completing a course and feedback.' },
  { id: 'elearning', title: 'eLearning', summary: 'Opening eLearning and getting it to show as complete.' },
  { id: 'quizzes', title: 'Quizzes and assessments', summary: 'Taking, finishing and retaking a quiz.' },
  { id: 'workshops', title: 'Workshops', summary: 'Booking, cost codes, cancelling and session details.' },
  { id: 'certificates', title: 'Certificates', summary: 'Getting, saving and printing certificates.' },
  {
    id: 'more',
    title: 'Certifications, programs, My Team and more',
    summary: 'Renewals, programs, managers and contacts.',
  },
];

export const HELP_TOPICS: HelpTopic[] = [
  ...LOGGING_IN_TOPICS,
  ...FINDING_LEARNING_TOPICS,
  ...COURSE_CONTENT_TOPICS,
  ...ELEARNING_TOPICS,
  ...QUIZ_TOPICS,
  ...WORKSHOP_TOPICS,
  ...CERTIFICATE_TOPICS,
  ...MORE_TOPICS,
];

const BY_SLUG = new Map(HELP_TOPICS.map((t) => [t.slug as string, t]));

/** The topic at /help/<slug>, or null for a slug that is not a topic. */
export function findHelpTopic(slug: string): HelpTopic | null {
  return BY_SLUG.get(slug) ?? null;
}

export function helpSection(id: HelpSectionId): HelpSection {
  const section = HELP_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown help section ${id}`);
  return section;
}

/** The sections in the guide's order, each with its topics. */
export function helpSectionsWithTopics(): (HelpSection & { topics: HelpTopic[] })[] {
  return HELP_SECTIONS.map((s) => ({ ...s, topics: HELP_TOPICS.filter((t) => t.section === s.id) }));
}

/** The topics a topic names as related, in its order, then the others of its section, up to `limit`. */
export function relatedTopics(topic: HelpTopic, limit = 4): HelpTopic[] {
  const named = topic.related.map((slug: HelpSlug) => BY_SLUG.get(slug)).filter((t): t is HelpTopic => Boolean(t));
  const sameSection = HELP_TOPICS.filter((t) => t.section === topic.section);
  const out: HelpTopic[] = [];
  for (const t of [...named, ...sameSection]) {
    if (t.slug !== topic.slug && !out.includes(t)) out.push(t);
    if (out.length === limit) break;
  }
  return out;
}
