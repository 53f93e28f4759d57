// npm run dev — migrate (and seed a new embedded DB), then `next dev`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '../lib/env';
import { loadEnv } from './lib/load-env';
import { quietLibraries } from './lib/quiet-env';
import { prepareDatabase } from './lib/prepare-db';

async function main(): Promise<void> {
  loadEnv();
  quietLibraries();
  const env = getEnv();
  await prepareDatabase();
  // The job worker starts inside the `next dev` process (instrumentation.ts), as with `npm start`.
  const next = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  // NEXTAUTH_URL is set (APP_URL, http://localhost:<PORT> by default) to stop next-auth's warning on every compile;
  // next.config.ts's allowedDevOrigins lets http://127.0.0.1:<PORT> load the dev resources (HMR) too. Tried with
  // Chromium: signing in as 90011 reaches My Learning at both addresses, with HMR connected and nothing blocked.
  const url = env.nextAuthUrl ?? env.appUrl;
  const loopback = `http://127.0.0.1:${env.port}`;
  console.log(url === `http://localhost:${env.port}` ? `Open ${url} (or ${loopback})` : `Open ${url}`);
  const child = spawn(process.execPath, [next, 'dev', '-p', String(env.port), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXTAUTH_URL: url },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
