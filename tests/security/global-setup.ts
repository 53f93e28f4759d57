// Security tier: the browser tier's set-up (production build, fresh seeded database, `next start`), then the
// scenario every suite shares (tests/security/scenario.ts): who the personas are and which ids are theirs.
// Seeded once and one server for the whole tier, so each case is one cheap HTTP request.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import browserSetup, { type BrowserRun } from '../browser/global-setup';

const store = globalThis as unknown as { ilearnBrowserRun?: BrowserRun };
const root = path.resolve(__dirname, '..', '..');

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await browserSetup();
  const env = store.ilearnBrowserRun?.database?.env;
  if (!env) throw new Error('The security tier needs the browser set-up (Chromium and a database)');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ilearn-security-')), 'scenario.json');
  const scenario = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['tests/security/scenario.ts', file], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (scenario.status !== 0) throw new Error('security scenario failed');
  process.env.SECURITY_SCENARIO = file;
  process.env.SECURITY_DATABASE_URL = env.DATABASE_URL;
  process.env.SECURITY_PGLITE_DATA_DIR = env.PGLITE_DATA_DIR;
  console.log(`Security tier set up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
