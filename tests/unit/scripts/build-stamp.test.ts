/** @jest-environment node */
// npm start rebuilds a stale build: the fingerprint follows file contents (not timestamps) of what goes into the
// build, and a build without a stamp (a plain `next build`) counts as stale.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildState, sourceFingerprint, writeBuildStamp } from '../../../scripts/lib/build-stamp';

let root: string;
const INPUTS = ['app', 'lib', 'package-lock.json'];
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ilearn-build-stamp-'));
  write('app/page.tsx', 'export default 1;');
  write('lib/a.ts', 'export const a = 1;');
  write('package-lock.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('is missing without a build, stale without a stamp, current once stamped', () => {
    expect(buildState(root, INPUTS)).toBe('missing');
    write('.next/BUILD_ID', 'abc');
    expect(buildState(root, INPUTS)).toBe('stale');
    writeBuildStamp(root, INPUTS);
    expect(buildState(root, INPUTS)).toBe('current');
  });

  it('goes stale when a source changes, is added or removed; not for timestamps, tests or generated code', () => {
    write('.next/BUILD_ID', 'abc');
    writeBuildStamp(root, INPUTS);
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'lib/a.ts'), future, future);
    write('lib/generated/client.ts', 'generated');
    write('tests/x.test.ts', 'test');
    expect(buildState(root, INPUTS)).toBe('current');
    write('lib/a.ts', 'export const a = 2;');
    expect(buildState(root, INPUTS)).toBe('stale');
    writeBuildStamp(root, INPUTS);
    write('app/new/page.tsx', 'export default 2;');
    expect(buildState(root, INPUTS)).toBe('stale');
  });

  it('hashes names with contents, so moving a file changes it', () => {
    const before = sourceFingerprint(root, INPUTS);
    rmSync(path.join(root, 'lib/a.ts'));
    write('lib/b.ts', 'export const a = 1;');
    expect(sourceFingerprint(root, INPUTS)).not.toBe(before);
  });
});
