/** @jest-environment node */
// Issue 16 item 3: notFound() inside a route group renders the nearest not-found.tsx within that group's layout.
// When that was the root one, which wraps itself in a shell, a learner opening a missing session got a second
// main, navigation and footer inside the app's main. So every layout that renders a shell has its own not-found
// that renders only the content, and only the root not-found (outside every group) adds a shell.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const APP = join(__dirname, '../../../app');

const groups = readdirSync(APP, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(APP, e.name, 'layout.tsx')))
  .map((e) => e.name)
  .filter((name) => /AppShell|PublicShell/.test(readFileSync(join(APP, name, 'layout.tsx'), 'utf8')));

describe('not-found pages and shells', () => {
  it('finds the shell layouts', () => {
    expect(groups).toEqual(expect.arrayContaining(['(learner)', '(manager)', 'admin', '(public)', '(auth)']));
  });

  it.each(groups)('%s has its own not-found.tsx that renders no shell', (group) => {
    const file = join(APP, group, 'not-found.tsx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toMatch(/AppShell|PublicShell|<main/);
  });

  it('keeps the shell in the root not-found (addresses no route matches render outside every layout)', () => {
    expect(readFileSync(join(APP, 'not-found.tsx'), 'utf8')).toMatch(/AppShell/);
  });
});
