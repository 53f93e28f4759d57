/** @jest-environment node */
// `npm run import:users -- file.csv` as a nightly HR job runs it: the report on stdout, and an exit status that
// says whether every row went in (0), some rows were rejected (1, the good rows still imported) or no file (2).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { makeOrganisation } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

const ROOT = path.join(__dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ilearn-import-cli-'));

beforeAll(resetDb);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disconnect();
});

function importUsers(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/import-users.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const HEADER = 'personnel_number,first_name,last_name,email,organisation,manager_personnel_number,job_title';

describe('npm run import:users', () => {
  it('exits 1 with the report when a row is rejected, having imported the good rows', async () => {
    const org = await makeOrganisation();
    const file = path.join(dir, 'some-bad.csv');
    writeFileSync(
      file,
      [HEADER, `71001,Ada,Lovelace,,${org.slug},,Analyst`, '71002,Bob,Stone,,No Such Council,,Clerk', ''].join('\n'),
    );
    const run = await importUsers(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Created 1, updated 0, unchanged 0, rejected 1.');
    expect(run.stdout).toContain('Rejected line 3 (71002): Unknown organisation "No Such Council"');
    expect(await db.user.count({ where: { username: '71001' } })).toBe(1);
    expect(await db.user.count({ where: { username: '71002' } })).toBe(0);
  }, 60_000);

  it('exits 0 when every row is imported, and 2 without a file', async () => {
    const org = await makeOrganisation();
    const file = path.join(dir, 'all-good.csv');
    writeFileSync(file, [HEADER, `71003,Cy,Young,,${org.slug},,Officer`, ''].join('\n'));
    const run = await importUsers(file);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('Created 1, updated 0, unchanged 0, rejected 0.');
    const none = await importUsers();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run import:users -- path/to/file.csv');
  }, 60_000);
});
