/** @jest-environment node */
// Issue 18: answers describe the product as it is. Every button, link, tab, heading or status an answer quotes
// ("Open eLearning", "Window opens") must appear in the product's own source (app/, components/, lib/, emails/),
// so renaming a button without updating its help fails here. A few quotes are examples, not screen text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { plainInline, topicTexts } from '@/lib/help/text';
import { HELP_TOPICS } from '@/lib/help/topics';

const ROOT = path.join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === 'generated' || full.endsWith(path.join('lib', 'help')) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** What the product shows, with HTML entities and typographic quotes made plain. */
const SOURCE = ['app', 'components', 'lib', 'emails']
  .flatMap((d) => sourceFiles(path.join(ROOT, d)))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')
  .replace(/&apos;|’/g, "'")
  .replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');

/** Quoted words that are examples or other sites' words, not iLearn+ screen text. */
const NOT_SCREEN_TEXT = new Set([
  'safeguarding', // an example of a broad search
  'Rate this course', // a name a course team may give its feedback activity
]);

function quotes(text: string): string[] {
  return [...plainInline(text).matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/’/g, "'").replace(/…$/, ''));
}

describe('help answers quote the product', () => {
  const quoted = HELP_TOPICS.flatMap((t) =>
    [...topicTexts(t), t.summary].flatMap((text) => quotes(text).map((q) => ({ slug: t.slug, q }))),
  );

  it('quotes screen text', () => {
    expect(quoted.length).toBeGreaterThan(80);
  });

  it('quotes only words the product shows', () => {
    const missing = quoted.filter(({ q }) => !NOT_SCREEN_TEXT.has(q) && !SOURCE.includes(q));
    expect(missing).toEqual([]);
  });
});
