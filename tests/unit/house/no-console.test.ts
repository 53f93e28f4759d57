/** @jest-environment node */
// Server code logs through lib/log.ts (structured, request ids, redaction), never console.*: the same rule as
// eslint's no-console for lib/ and app/, checked here over every file so an old file cannot keep one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('no console.* in lib/ and app/', () => {
  const sources = ['lib', 'app'].flatMap(files);

  it('scans the server code', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('finds none (use log.info / log.warn / log.error from lib/log.ts)', () => {
    const CONSOLE = /\bconsole\.(log|info|warn|error|debug|trace)\b/;
    expect(sources.filter((path) => CONSOLE.test(withoutComments(readFileSync(join(ROOT, path), 'utf8'))))).toEqual([]);
  });
});
