// npm start — zero-config production start: build if missing or stale, migrate, seed a new embedded DB, then
// `next start`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '../lib/env';
import { buildState, writeBuildStamp } from './lib/build-stamp';
import { loadEnv } from './lib/load-env';
import { quietLibraries } from './lib/quiet-env';
import { prepareDatabase } from './lib/prepare-db';
import { runOrExit } from './lib/run';
import { waitForServer, warmUp } from './lib/warm-up';

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV = 'production';
  loadEnv();
  quietLibraries();
  const env = getEnv(); // fails fast on invalid configuration (e.g. no secret with DATABASE_URL)
  const next = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = buildState(process.cwd());
  if (build !== 'current') {
    console.log(
      build === 'missing'
        ? 'No production build found: running `next build`...'
        : 'The production build in .next was made from other sources (changed since, e.g. by `git pull`): ' +
            'running `next build`...',
    );
    await runOrExit(process.execPath, [next, 'build']);
    writeBuildStamp(process.cwd());
  }
  await prepareDatabase();

  // The job worker starts inside the `next start` process (instrumentation.ts), unless WORKER=off with PostgreSQL,
  // where `npm run worker` processes do the work. The embedded database can only be opened by that one process.
  const workerMode = env.worker === 'off' ? 'off: run `npm run worker`' : 'inside the web server';
  console.log(`Background jobs: ${workerMode}`);

  console.log(`Starting iLearn+ on ${env.appUrl} (${env.databaseUrl ? 'PostgreSQL' : 'embedded database'})`);
  const child = spawn(process.execPath, [next, 'start', '-p', String(env.port)], {
    stdio: 'inherit',
    env: { ...process.env, NEXTAUTH_URL: env.nextAuthUrl ?? env.appUrl },
  });
  // A process manager stops us with SIGTERM: Next finishes its requests, the worker its jobs (lib/shutdown.ts);
  // then this exits 0, a stop that was asked for (`next start` itself exits 143 or 130).
  let stopRequested = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopRequested = true;
      child.kill(signal);
    });
  // Pay the cold start here, not on the first person's first page.
  void (async () => {
    const local = `http://127.0.0.1:${env.port}`;
    if (!(await waitForServer(local, 120_000))) return;
    const started = performance.now();
    const pages = await warmUp(local);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`iLearn+ is ready on ${env.appUrl} (warmed up ${pages.length} pages in ${seconds} s)`);
  })();
  child.on('exit', (code, signal) => {
    if (stopRequested && (code === 143 || code === 130 || signal === 'SIGTERM' || signal === 'SIGINT')) process.exit(0);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
