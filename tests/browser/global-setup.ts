// Browser tier: production build, fresh seeded database, `next start` on a free port, then tests drive Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { findChromium, installHint } from '../../lib/browser/executable.cjs';
import { migrateDeploy } from '../../scripts/lib/migrate';
import { overwriteFlags } from '../../scripts/lib/overwrite-guard';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

export type BrowserRun = { server?: ChildProcess; oidc?: ChildProcess; database?: TestDatabase };
const store = globalThis as unknown as { ilearnBrowserRun?: BrowserRun };
const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// node:http without keep-alive (fetch would keep a socket open and delay Jest's exit).
function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 599);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(599)); // not listening yet
  });
}

async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    if ((await statusOf(url)) < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`);
}

/** The data the browser tests need whatever the seed contains (run after the seed, before `next start`). */
const BROWSER_FIXTURES = ['tests/browser/fixtures.ts', 'tests/browser/fixtures/accounts.ts'];

export default function globalSetup(): Promise<void> {
  return startSeededServer(BROWSER_FIXTURES);
}

/** Build if needed, a fresh seeded database, `fixtures` scripts run against it, then `next start` (and OIDC). */
export async function startSeededServer(fixtures: string[]): Promise<void> {
  if (!findChromium()) {
    const message = `No Chromium found: browser tests cannot run.\n${installHint()}`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n${message}\nSkipping the browser tests (they fail instead when CI is set).`);
    process.env.ILEARN_BROWSER_SKIP = '1';
    return;
  }
  const run: BrowserRun = {};
  store.ilearnBrowserRun = run;
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || process.env.TEST_REBUILD === '1') {
    console.log('\nBuilding the app (next build)...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  run.database = await createTestDatabase();
  const dbEnv = run.database.env;
  await migrateDeploy(dbEnv);
  const seed = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['prisma/seed/index.ts', ...(dbEnv.DATABASE_URL ? overwriteFlags(dbEnv.DATABASE_URL) : [])],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...dbEnv },
    },
  );
  if (seed.status !== 0) throw new Error('db:seed failed');
  for (const script of fixtures) {
    const fixtures = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [script], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...dbEnv },
    });
    if (fixtures.status !== 0) throw new Error(`browser fixtures failed (${script})`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // A real OpenID Connect provider for automatic login (single sign-on) journeys.
  const oidcPort = await freePort();
  run.oidc = spawn(
    process.execPath,
    [path.join(__dirname, 'oidc-server.mjs'), String(oidcPort), `${baseUrl}/api/auth/callback/oidc`],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('OIDC provider did not start')), 20_000);
    run.oidc?.stdout?.on('data', (chunk: Buffer) => {
      const match = /ready (\S+)/.exec(chunk.toString());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    run.oidc?.once('exit', (code) => reject(new Error(`OIDC provider exited with code ${code}`)));
  });
  run.server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      ...dbEnv,
      NODE_ENV: 'production',
      // One JSON line per request would bury the test output; warnings and errors still show.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      PORT: String(port),
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'browser-tests-secret-0123456789abcdef',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'ilearn-browser-tests',
      OIDC_CLIENT_SECRET: 'ilearn-browser-tests-secret',
    },
  });
  await waitUntilReady(`${baseUrl}/`, run.server, 120_000);
  process.env.BROWSER_BASE_URL = baseUrl;
  console.log(`\nBrowser tests: ${baseUrl} on ${run.database.label}`);
}
