// npm run dev — migrate (and seed a new embedded DB), then `next dev`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '../lib/env';
import { loadEnv } from './lib/load-env';
import { prepareDatabase } from './lib/prepare-db';

async function main(): Promise<void> {
  loadEnv();
  const env = getEnv();
  await prepareDatabase();
  // The job worker starts inside the `next dev` process (instrumentation.ts), as with `npm start`.
  const next = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [next, 'dev', '-p', String(env.port), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
