// The shape of a help topic. Topics are content, not code: they live in lib/help/content/, one file per section of
// the user guide, and pages render them with components/help/.
import type { HelpSlug } from './slugs';

export type HelpSectionId =
  | 'logging-in'
  | 'finding-learning'
  | 'course-content'
  | 'elearning'
  | 'quizzes'
  | 'workshops'
  | 'certificates'
  | 'more';

export type HelpSection = { id: HelpSectionId; title: string; summary: string };

/**
 * One block of an answer. A plain string is a paragraph. Text may hold links written `[label](/path)`; every path
 * must be a screen of the product (tests/unit/help/topics.test.ts checks).
 */
export type HelpBlock =
  | string
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'steps'; items: string[] }
  | { kind: 'inset'; text: string }
  /** The organisation's iLearn+ support contacts (organisation settings, as the footer shows them). */
  | { kind: 'contacts' }
  /** Which organisations use automatic login and their username prefixes (organisation settings). */
  | { kind: 'login-options' };

export type HelpLink = { href: string; label: string };

export type HelpTopic = {
  slug: HelpSlug;
  section: HelpSectionId;
  /** The question as people ask it, in our words: the topic's h1 and its title in lists. */
  title: string;
  /** The question of the seed guide this topic answers, word for word (a test maps each guide question). */
  guideQuestion: string;
  /** One sentence shown under the title in lists and search results. */
  summary: string;
  /** Words people might search with that are not in the title or summary. */
  keywords: string[];
  body: HelpBlock[];
  /** The screens the answer talks about, shown as "Go to" links. */
  links: HelpLink[];
  related: HelpSlug[];
};
