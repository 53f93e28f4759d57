// What a load balancer asks of an instance: is the process up (/healthz), and can it serve (/readyz): the
// database answers, every committed migration is applied, and the job worker runs when it lives in this process.
// Details name no person and no secret; a failed database check does not say why (the log does).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { inlineWorkerState, shouldRunInlineWorker } from '@/lib/jobs/inline-worker';
import { log } from '@/lib/log';
import { isShuttingDown } from '@/lib/shutdown';

export type Check = { ok: boolean; detail: string };
export type Readiness = {
  ready: boolean;
  checks: { process: Check; database: Check; migrations: Check; worker: Check };
};

/** The migrations committed with this build (folder names under prisma/migrations). */
export function committedMigrations(dir = path.join(process.cwd(), 'prisma', 'migrations')): string[] {
  // Read at run time from the deployed checkout (not traced into the build).
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function checkDatabase(timeoutMs: number): Promise<Check> {
  try {
    await within(db.$queryRaw`SELECT 1`, timeoutMs);
    return { ok: true, detail: 'reachable' };
  } catch (error) {
    log.warn('readiness: database unreachable', { err: error });
    return { ok: false, detail: 'unreachable' };
  }
}

async function checkMigrations(committed: string[], timeoutMs: number): Promise<Check> {
  try {
    const rows = await within(
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = committed.filter((name) => !applied.has(name));
    return pending.length === 0
      ? { ok: true, detail: `${committed.length} applied` }
      : { ok: false, detail: `${pending.length} pending: ${pending.join(', ')}` };
  } catch (error) {
    log.warn('readiness: migration history unreadable', { err: error });
    return { ok: false, detail: 'migration history unreadable' };
  }
}

function checkWorker(): Check {
  const env = getEnv();
  if (!shouldRunInlineWorker(env)) {
    return { ok: true, detail: env.worker === 'off' ? 'runs in npm run worker processes (WORKER=off)' : 'not used' };
  }
  const state = inlineWorkerState();
  return { ok: state === 'running', detail: state === 'running' ? 'running in this process' : state };
}

/** Runs every readiness check (each bounded by `timeoutMs`); ready only when all pass. */
export async function checkReadiness(options: { migrations?: string[]; timeoutMs?: number } = {}): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const database = await checkDatabase(timeoutMs);
  const migrations = database.ok
    ? await checkMigrations(options.migrations ?? committedMigrations(), timeoutMs)
    : { ok: false, detail: 'not checked: no database' };
  const worker = checkWorker();
  // From a stop signal on, the instance finishes what it has but asks for nothing new (lib/shutdown.ts).
  const serving = isShuttingDown() ? { ok: false, detail: 'shutting down' } : { ok: true, detail: 'serving' };
  return {
    ready: serving.ok && database.ok && migrations.ok && worker.ok,
    checks: { process: serving, database, migrations, worker },
  };
}
