// Which sources a production build was made from. `npm run build` writes a fingerprint of them into the build
// (.next/ilearn-source.json); `npm start` compares it with the sources on disk, so after `git pull` it rebuilds
// instead of serving the old build. The fingerprint hashes file contents, so a checkout that only touches
// timestamps does not count as a change.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What goes into the build: the app's code, styles, schema and dependencies (not tests, scripts or docs). */
export const BUILD_INPUTS = [
  'app',
  'components',
  'emails',
  'lib',
  'prisma/schema',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const SKIPPED = new Set(['generated', 'node_modules', '.DS_Store']);
const STAMP = path.join('.next', 'ilearn-source.json');

export function sourceFingerprint(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!SKIPPED.has(name)) visit(path.posix.join(relative, name));
      return;
    }
    hash.update(relative).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}

/** Records the sources of the build just made. */
export function writeBuildStamp(root: string, inputs?: readonly string[]): void {
  const stamp = { fingerprint: sourceFingerprint(root, inputs), builtAt: new Date().toISOString() };
  writeFileSync(path.join(root, STAMP), `${JSON.stringify(stamp)}\n`);
}

/**
 * "missing": no build; "stale": built from other sources (or by a plain `next build`, which records none);
 * "current": built from the sources on disk.
 */
export function buildState(root: string, inputs?: readonly string[]): 'missing' | 'stale' | 'current' {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) return 'missing';
  const file = path.join(root, STAMP);
  if (!existsSync(file)) return 'stale';
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: unknown };
    return stamp.fingerprint === sourceFingerprint(root, inputs) ? 'current' : 'stale';
  } catch {
    return 'stale';
  }
}
