// Security tier: the browser tier's set-up (production build, fresh seeded database, `next start`), then the
// scenario every suite shares (tests/security/scenario.ts): who the personas are and which ids are theirs.
// Seeded once and one server for the whole tier, so each case is one cheap HTTP request.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSeededServer, type BrowserRun } from '../browser/global-setup';

const store = globalThis as unknown as { ilearnBrowserRun?: BrowserRun };

export default async function globalSetup(): Promise<void> {
  // While writing a suite: point the tier at a server and scenario that are already running (set all three).
  if (process.env.SECURITY_REUSE === '1' && process.env.BROWSER_BASE_URL && process.env.SECURITY_SCENARIO) return;
  const started = Date.now();
  // The scenario script writes here; it runs after the seed and before `next start` (PGlite allows one process).
  process.env.SECURITY_SCENARIO = path.join(mkdtempSync(path.join(os.tmpdir(), 'ilearn-security-')), 'scenario.json');
  await startSeededServer([
    'tests/browser/fixtures.ts',
    'tests/browser/fixtures/accounts.ts',
    'tests/security/scenario.ts',
  ]);
  // No Chromium outside CI: the browser set-up printed why and started nothing; the suites skip too.
  if (process.env.ILEARN_BROWSER_SKIP) return;
  const env = store.ilearnBrowserRun?.database?.env;
  if (!env) throw new Error('The browser set-up started no database');
  // Empty for the embedded database (the suites then cannot read it while the server holds it).
  process.env.SECURITY_DATABASE_URL = env.DATABASE_URL;
  console.log(`Security tier set up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
