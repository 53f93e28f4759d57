/** @jest-environment node */
// The built-in help answers: every screen they link to exists, and "forgotten username or password" points at
// the self-service pages (it used to send people to support).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GENERAL_HELP } from '@/components/layout/general-help';

const APP = path.join(__dirname, '../../../app');

/** Does app/ have a page for this path (route groups like "(auth)" do not count as segments)? */
function hasPage(urlPath: string, dir = APP, segments = urlPath.split('/').filter(Boolean)): boolean {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const groups = entries.filter((e) => /^\(.+\)$/.test(e.name));
  if (segments.length === 0) {
    return existsSync(path.join(dir, 'page.tsx')) || groups.some((g) => hasPage(urlPath, path.join(dir, g.name), []));
  }
  const [head, ...rest] = segments;
  return (
    (entries.some((e) => e.name === head) && hasPage(urlPath, path.join(dir, head!), rest)) ||
    groups.some((g) => hasPage(urlPath, path.join(dir, g.name), segments))
  );
}

describe('built-in help', () => {
  it('links only to screens the product has', () => {
    const links = GENERAL_HELP.flatMap((t) => t.links ?? []);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !hasPage(l.href)).map((l) => l.href)).toEqual([]);
    expect(hasPage('/no-such-screen')).toBe(false);
  });

  it('answers "forgotten username or password" with the self-service pages', () => {
    const topic = GENERAL_HELP.find((t) => t.id === 'forgotten-details')!;
    expect(topic.links?.map((l) => l.href)).toEqual(expect.arrayContaining(['/forgot-password', '/forgot-username']));
    expect(topic.answer.join(' ')).toMatch(/Forgotten your username or password\?/);
    expect(topic.answer[0]).not.toMatch(/^Contact/);
  });

  it('gives every topic a unique id (its anchor on the page)', () => {
    const ids = GENERAL_HELP.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
