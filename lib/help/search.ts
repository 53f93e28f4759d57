// Search over help topics, ranked the way Find Learning ranks the catalogue (lib/catalogue/search.ts): the whole
// query in a title first, then words in titles, then words anywhere weighted by where they occur, with
// trigram similarity so small typos still find the topic. Pure: the topics are content, not rows.
import { plainInline, topicTexts } from './text';
import type { HelpTopic } from './types';

export const HELP_QUERY_MAX = 100;

const STOP_WORDS = new Set(
  'a an and are am be can cant could do does dont for from get has have how i if im in into is it its me my of on or so that the then there this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Trimmed, single spaces, at most 100 characters (as the catalogue keeps what people typed). */
export function normaliseHelpQuery(q: string | undefined | null): string {
  return (q ?? '').replace(/\s+/g, ' ').trim().slice(0, HELP_QUERY_MAX);
}

/** Lower case words without accents, apostrophes or punctuation. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A light English stem: enough for "bookings"/"booking"/"booked" or "certificates"/"certificate" to meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** pg_trgm's similarity for two words: shared trigrams over all trigrams. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

type Field = { weight: number; stems: string[] };

const FIELD_WEIGHTS = { title: 8, keywords: 5, guideQuestion: 4, summary: 3, body: 1 } as const;

function indexTopic(topic: HelpTopic): Field[] {
  const stems = (text: string) => words(text).map(stem);
  return [
    { weight: FIELD_WEIGHTS.title, stems: stems(topic.title) },
    { weight: FIELD_WEIGHTS.keywords, stems: stems(topic.keywords.join(' ')) },
    { weight: FIELD_WEIGHTS.guideQuestion, stems: stems(topic.guideQuestion) },
    { weight: FIELD_WEIGHTS.summary, stems: stems(plainInline(topic.summary)) },
    { weight: FIELD_WEIGHTS.body, stems: stems(topicTexts(topic).map(plainInline).join(' ')) },
  ];
}

/** How well one query word matches one field word: 1 exact, 0.8 prefix, up to 0.6 for a near spelling. */
function wordMatch(term: string, word: string): number {
  if (term === word) return 1;
  if (term.length >= 3 && word.startsWith(term)) return 0.8;
  if (term.length >= 4 && word.length >= 4) {
    const s = similarity(term, word);
    if (s >= 0.45) return 0.6 * s;
  }
  return 0;
}

export type HelpSearchResult = { topic: HelpTopic; score: number };

/**
 * Topics matching the query, best first. Every meaningful word must match somewhere, except that one word in
 * three may be missing from a long question; a topic whose title contains the whole query comes first, then one
 * with the query as one of its keyword phrases.
 */
export function searchHelpTopics(topics: HelpTopic[], query: string): HelpSearchResult[] {
  const q = normaliseHelpQuery(query);
  const all = words(q);
  const terms = [...new Set(all.filter((w) => !STOP_WORDS.has(w)).map(stem))];
  if (terms.length === 0) return [];
  const phrase = all.join(' ');
  const allowedMisses = Math.floor(terms.length / 3);
  const results: HelpSearchResult[] = [];
  for (const topic of topics) {
    const fields = indexTopic(topic);
    let score = 0;
    let misses = 0;
    for (const term of terms) {
      let best = 0;
      for (const field of fields) {
        let fieldBest = 0;
        for (const word of field.stems) fieldBest = Math.max(fieldBest, wordMatch(term, word));
        best = Math.max(best, fieldBest * field.weight);
      }
      if (best === 0) misses += 1;
      score += best;
    }
    if (misses > allowedMisses) continue;
    if (phrase.length >= 3 && words(topic.title).join(' ').includes(phrase)) score += 50;
    else if (phrase.includes(' ') && topic.keywords.some((k) => words(k).join(' ') === phrase)) score += 20;
    results.push({ topic, score: score / terms.length });
  }
  return results.sort((a, b) => b.score - a.score || a.topic.title.localeCompare(b.topic.title));
}
