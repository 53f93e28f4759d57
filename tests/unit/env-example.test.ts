/** @jest-environment node */
// .env.example and README's configuration table list every variable lib/ reads (lib/env.ts's schema, and the
// Chromium lookup shared with scripts), and nothing lib/ does not read, so neither can drift from the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VARIABLES } from '@/lib/env';

const ROOT = join(__dirname, '../..');
/** Set by Next.js itself while it builds, never by an operator. */
const INTERNAL = ['NEXT_PHASE', 'NEXT_RUNTIME'];
/** Documented in the table for the test tiers, read by their set-up (tests/helpers), not by lib/. */
const TEST_ONLY = ['TEST_DATABASE_URL'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
    return /\.(ts|tsx|cjs|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every NAME read as env.NAME / process.env.NAME anywhere in lib/, plus lib/env.ts's schema. */
function readInLib(): string[] {
  const names = new Set<string>(ENV_VARIABLES);
  for (const path of files('lib')) {
    for (const m of readFileSync(join(ROOT, path), 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)\b/g)) names.add(m[1]!);
  }
  return [...names].filter((name) => !INTERNAL.includes(name)).sort();
}

const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
const exampleNames = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!).sort();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const configuration = readme.slice(
  readme.indexOf('## Configuration'),
  readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5),
);

/** The variables named in the first column of each row of README's configuration table, row by row. */
const tableRows = configuration
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));

describe('every setting is documented', () => {
  it('finds the variables (the scan works)', () => {
    expect(readInLib()).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'OIDC_ISSUER', 'S3_BUCKET', 'PUPPETEER_EXECUTABLE_PATH']),
    );
  });

  it('.env.example lists each variable lib/ reads, once, and no other', () => {
    expect(exampleNames).toEqual(readInLib());
    expect(new Set(exampleNames).size).toBe(exampleNames.length);
  });

  it('.env.example sets nothing: every value is empty (defaults live in lib/env.ts)', () => {
    expect([...example.matchAll(/^[A-Z][A-Z0-9_]+=(.+)$/gm)].map((m) => m[0])).toEqual([]);
  });

  it("README's configuration table has one row for each of them, and none for a variable nothing reads", () => {
    const named = tableRows.flat();
    expect(tableRows.length).toBeGreaterThan(10); // the table was found
    expect([...named].sort()).toEqual([...readInLib(), ...TEST_ONLY].sort());
    expect(new Set(named).size).toBe(named.length); // no variable in two rows
  });
});
