// npm run worker — the job worker on its own (PostgreSQL only). Run any number of them next to web servers started
// with WORKER=off; pg-boss hands each job to exactly one worker.
import { disconnectDb } from '../lib/db';
import { getEnv } from '../lib/env';
import { claimBackgroundDuties, stopBoss } from '../lib/jobs/boss';
import { jobs, schedules } from '../lib/jobs/registry';
import { registerSubscribers } from '../lib/subscribers';
import { startWorker } from '../lib/jobs/worker';
import { loadEnv } from './lib/load-env';
import { quietLibraries } from './lib/quiet-env';
import { prepareDatabase } from './lib/prepare-db';

async function main(): Promise<void> {
  loadEnv();
  quietLibraries();
  const env = getEnv();
  if (!env.databaseUrl) {
    console.error(
      'npm run worker needs DATABASE_URL. On the embedded database the worker runs inside `npm start` ' +
        '(PGlite can only be opened by one process).',
    );
    process.exit(1);
  }
  await prepareDatabase();
  claimBackgroundDuties();
  // Jobs complete courses too (a quiz closed when its time runs out): their subscribers must hear of it.
  registerSubscribers();
  const worker = await startWorker({ jobs, schedules, pollingIntervalSeconds: env.jobPollSeconds, label: 'worker' });
  console.log(`[jobs] Worker running (${jobs.length} job types, ${schedules.length} schedules). Ctrl+C to stop.`);
  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('[jobs] Stopping: letting running jobs finish...');
    await worker.stop();
    await stopBoss();
    await disconnectDb();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
