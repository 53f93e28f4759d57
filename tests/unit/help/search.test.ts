/** @jest-environment node */
// Help search (lib/help/search.ts): titles first, words in any form, small typos, nothing for nonsense.
import { normaliseHelpQuery, searchHelpTopics, similarity, stem } from '@/lib/help/search';
import { parseInline } from '@/lib/help/text';
import { HELP_TOPICS } from '@/lib/help/topics';

const top = (q: string, n = 1) =>
  searchHelpTopics(HELP_TOPICS, q)
    .slice(0, n)
    .map((r) => r.topic.slug);

describe('searchHelpTopics', () => {
  it.each(HELP_TOPICS.map((t) => [t.title, t.slug]))('finds "%s" first by its own title', (title, slug) => {
    expect(top(title)).toEqual([slug]);
  });

  it.each(HELP_TOPICS.map((t) => [t.guideQuestion, t.slug]))(
    'finds the topic of the guide question "%s" in the first three',
    (question, slug) => {
      expect(top(question, 3)).toContain(slug);
    },
  );

  it('finds what people type', () => {
    expect(top('pop up blocked')).toEqual(['elearning-blank-or-pop-up']);
    expect(top('cost code')).toEqual(['cost-codes']);
    expect(top('forgot password')).toEqual(['forgotten-password']);
    expect(top('cancel booking')).toEqual(['cancel-a-booking']);
    expect(top('induction')).toEqual(['programs']);
    expect(top('LCS')).toEqual(['systems-access']);
    expect(top('print')).toEqual(['save-print-certificate']);
    expect(top('window opens')).toEqual(['certifications']);
  });

  it('forgives small typos and other word forms', () => {
    expect(top('certifcate', 3)).toEqual(expect.arrayContaining(['get-certificate']));
    expect(top('bookings cancelled', 2)).toContain('cancel-a-booking');
    expect(top('enrol on a cours')).toEqual(['enrol-on-a-course']);
    expect(top('quizes')).toEqual(['quizzes']);
  });

  it('returns nothing for nonsense or only small words', () => {
    expect(searchHelpTopics(HELP_TOPICS, 'xyzzy plugh')).toEqual([]);
    expect(searchHelpTopics(HELP_TOPICS, 'how do I')).toEqual([]);
    expect(searchHelpTopics(HELP_TOPICS, '   ')).toEqual([]);
  });

  it('ranks best first', () => {
    const results = searchHelpTopics(HELP_TOPICS, 'certificate');
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(results.length).toBeGreaterThan(2);
  });
});

describe('helpers', () => {
  it('normalises the query like the catalogue does', () => {
    expect(normaliseHelpQuery('  pop   ups \n')).toBe('pop ups');
    expect(normaliseHelpQuery('x'.repeat(300))).toHaveLength(100);
    expect(normaliseHelpQuery(undefined)).toBe('');
  });

  it('stems plurals and verb forms', () => {
    expect(['bookings', 'booking', 'booked', 'books'].map(stem)).toEqual(['book', 'book', 'book', 'book']);
    expect(stem('certificates')).toBe(stem('certificate'));
    expect(stem('passes')).toBe('pass');
    expect(stem('class')).toBe('class');
    expect(stem('certifies')).toBe('certify');
  });

  it('measures trigram similarity', () => {
    expect(similarity('certificate', 'certificate')).toBe(1);
    expect(similarity('certifcate', 'certificate')).toBeGreaterThan(0.45);
    expect(similarity('quiz', 'team')).toBe(0);
  });

  it('parses inline links', () => {
    expect(parseInline('Open [Find Learning](/find-learning) now')).toEqual([
      { text: 'Open ' },
      { text: 'Find Learning', href: '/find-learning' },
      { text: ' now' },
    ]);
    expect(parseInline('no links')).toEqual([{ text: 'no links' }]);
  });
});
