/** @jest-environment node */
// Issue 18: every question of the seed guide (listed here, word for word, by section) has exactly one help topic
// in the matching section; every link of every topic is a screen of the product; every slug has a topic.
import { HELP_SLUGS } from '@/lib/help/slugs';
import { topicHrefs } from '@/lib/help/text';
import { findHelpTopic, HELP_SECTIONS, HELP_TOPICS, relatedTopics } from '@/lib/help/topics';
import type { HelpSectionId } from '@/lib/help/types';
import { hasPage } from './app-routes';

/** The contents page of the guide (../shared/seed/000_56021d4ab0f72973.txt), section by section. */
const GUIDE: Record<HelpSectionId, string[]> = {
  'logging-in': [
    'How do I set up a new account?',
    'How do I set or update my iLearn+ password?',
    'What login option should I use?',
    "What if I've forgotten my username?",
    "What if I've forgotten my password?",
    "What if I don't have an email address?",
    'Can I access iLearn+ at home or on a non-HCC device?',
  ],
  'finding-learning': [
    'How can I find a course on iLearn+?',
    "How do I see a list of the learning I've enrolled on or completed?",
    'How do I see a list of outstanding learning?',
    'How do I share a course from iLearn+?',
  ],
  'course-content': [
    'How do I enrol on a course?',
    'How do I know what I need to do to complete the course?',
    'How do I give feedback on the course?',
    'Who do I need to contact about the course content?',
  ],
  elearning: [
    'How do I find the eLearning module?',
    'Why does the eLearning show a blank page or refuse to open?',
    "Why isn't my eLearning showing as complete?",
  ],
  quizzes: ['How do I complete a quiz or assessment in iLearn+?'],
  workshops: [
    'How do I book onto a workshop (facilitated session)?',
    'Why do I have to provide a cost code for a workshop (facilitated session)?',
    'How do I cancel off a workshop (facilitated session)?',
    'How can I find my workshop (facilitated session) details?',
    "Why haven't I received my booking or cancelation confirmation?",
  ],
  certificates: [
    'How do I get a certificate when I have completed my course?',
    'How do I save and print my certificate?',
    "Why isn't the date on my certificate updating?",
  ],
  more: [
    'Why do I have to re-complete courses / what is a certification?',
    'What is a learning program?',
    "Can I see my teams' learning records in iLearn+?",
    "I've done systems training (LCS / IES / EYES) why can't I access the system?",
    'Who do I contact to commission new learning?',
    'Who can I contact for further support?',
  ],
};

const GUIDE_QUESTIONS = Object.entries(GUIDE).flatMap(([section, questions]) =>
  questions.map((question) => ({ section, question })),
);

describe('help topics cover the user guide', () => {
  it('lists the 33 questions of the guide', () => {
    expect(GUIDE_QUESTIONS).toHaveLength(33);
    expect(Object.keys(GUIDE)).toEqual(HELP_SECTIONS.map((s) => s.id));
  });

  it.each(GUIDE_QUESTIONS)('answers "$question" with one topic in its section', ({ section, question }) => {
    const topics = HELP_TOPICS.filter((t) => t.guideQuestion === question);
    expect(topics.map((t) => t.section)).toEqual([section]);
    const [topic] = topics;
    expect(topic!.body.length).toBeGreaterThan(0);
    expect(topic!.summary.length).toBeGreaterThan(20);
  });

  it('has no topic that answers no guide question, and one topic per slug', () => {
    const questions = new Set(GUIDE_QUESTIONS.map((q) => q.question));
    expect(HELP_TOPICS.filter((t) => !questions.has(t.guideQuestion)).map((t) => t.slug)).toEqual([]);
    expect(HELP_TOPICS.map((t) => t.slug).sort()).toEqual([...HELP_SLUGS].sort());
    for (const slug of HELP_SLUGS) expect(findHelpTopic(slug)?.slug).toBe(slug);
    expect(findHelpTopic('no-such-topic')).toBeNull();
  });

  it('keeps titles unique, so search results and lists can be told apart', () => {
    const titles = HELP_TOPICS.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('help links', () => {
  const hrefs = HELP_TOPICS.flatMap((t) => topicHrefs(t).map((href) => ({ slug: t.slug, href })));

  it('finds links in the answers and the "Go to" lists', () => {
    expect(hrefs.length).toBeGreaterThan(60);
    expect(hasPage('/no-such-screen')).toBe(false);
    expect(hasPage('/courses/12')).toBe(true);
  });

  it('links only to screens the product has', () => {
    const broken = hrefs.filter(({ href }) => {
      const [pathname] = href.split(/[?#]/);
      if (!pathname!.startsWith('/')) return true;
      const topic = /^\/help\/([^/]+)$/.exec(pathname!);
      if (topic) return findHelpTopic(topic[1]!) === null;
      return !hasPage(pathname!);
    });
    expect(broken).toEqual([]);
  });

  it('links the answers the issue names to the real thing', () => {
    const linked = (slug: string) => topicHrefs(findHelpTopic(slug)!).map((h) => h.split(/[?#]/)[0]);
    expect(linked('forgotten-password')).toEqual(expect.arrayContaining(['/forgot-password', '/login']));
    expect(linked('forgotten-username')).toContain('/forgot-username');
    expect(linked('new-account')).toContain('/request-account');
    expect(linked('record-of-learning')).toContain('/record-of-learning');
    expect(linked('outstanding-learning')).toContain('/required-learning');
    expect(linked('workshop-details')).toContain('/bookings');
    expect(linked('missing-booking-email')).toContain('/profile');
    expect(linked('certifications')).toContain('/record-of-learning/certifications');
    expect(linked('programs')).toContain('/record-of-learning/programs');
    expect(linked('my-team')).toEqual(expect.arrayContaining(['/team', '/team/certifications', '/team/bookings']));
  });

  it('relates every topic to others that exist, never to itself', () => {
    for (const topic of HELP_TOPICS) {
      expect(topic.related.length).toBeGreaterThan(0);
      const related = relatedTopics(topic);
      expect(related.map((t) => t.slug)).not.toContain(topic.slug);
      expect(related.length).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(4);
      expect(related[0]!.slug).toBe(topic.related[0]);
    }
  });
});
