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
  // next-auth builds its callback and redirect addresses from NEXTAUTH_URL: signing in works at that one address
  // (APP_URL, http://localhost:<PORT> by default), so say which, and set it to stop next-auth's warning.
  const url = env.nextAuthUrl ?? env.appUrl;
  console.log(`Open ${url} (signing in works at this address; another host name such as 127.0.0.1 needs APP_URL)`);
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
