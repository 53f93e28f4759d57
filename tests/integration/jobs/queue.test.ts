/** @jest-environment node */
// The queue on a real database: idempotent enqueue (also in parallel), invalid payloads refused, and two workers
// on one database handling every job exactly once (PostgreSQL only: PGlite is one process, one connection).
import { z } from 'zod';
import { db } from '@/lib/db';
import { createBoss, getBoss, stopBoss } from '@/lib/jobs/boss';
import { defineJob } from '@/lib/jobs/define';
import { enqueue } from '@/lib/jobs/enqueue';
import { startWorker, type WorkerHandle } from '@/lib/jobs/worker';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue, waitFor } from '../../helpers/jobs';

const handled: Array<{ worker: string; n: number; jobId: string }> = [];

function countingJob(name: string, worker: string) {
  return defineJob({
    name,
    schema: z.object({ n: z.number().int() }),
    retryLimit: 0,
    handler: async ({ n }, { jobId }) => {
      // Yield so the other worker can fetch meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 5));
      handled.push({ worker, n, jobId });
    },
  });
}

async function jobRows(name: string) {
  return db.$queryRaw<{ id: string; state: string }[]>`
    SELECT id::text, state::text FROM pgboss.job WHERE name = ${name}
    UNION ALL SELECT id::text, state::text FROM pgboss.archive WHERE name = ${name}`;
}

beforeAll(async () => {
  await resetDb();
  await getBoss();
  await resetQueue();
});

afterAll(async () => {
  await stopBoss();
  await disconnect();
});

describe('enqueue', () => {
  const job = countingJob('test.dedupe', 'none');

  it('queues a job with a dedupeKey once, even when called in parallel', async () => {
    const ids = await Promise.all(
      Array.from({ length: 10 }, () => enqueue(job, { n: 1 }, { dedupeKey: 'test:dedupe:1' })),
    );
    const queued = ids.filter((id): id is string => id !== null);
    expect(queued).toHaveLength(1);
    expect(await jobRows('test.dedupe')).toHaveLength(1);
    const claim = await db.jobDedupe.findUniqueOrThrow({ where: { key: 'test:dedupe:1' } });
    expect(claim).toMatchObject({ jobName: 'test.dedupe', jobId: queued[0] });
    // Later calls are refused too, whatever happened to the first job.
    expect(await enqueue(job, { n: 2 }, { dedupeKey: 'test:dedupe:1' })).toBeNull();
  });

  it('queues every job without a dedupeKey', async () => {
    const first = await enqueue(job, { n: 3 });
    const second = await enqueue(job, { n: 3 });
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(first).not.toBe(second);
  });

  it('refuses a payload that does not match the schema, queuing nothing', async () => {
    const before = (await jobRows('test.dedupe')).length;
    // @ts-expect-error the payload type is checked at compile time as well
    await expect(enqueue(job, { n: 'three' })).rejects.toThrow();
    expect(await jobRows('test.dedupe')).toHaveLength(before);
  });

  it('honours startAfter', async () => {
    const later = new Date(Date.now() + 60 * 60 * 1000);
    const id = await enqueue(job, { n: 4 }, { startAfter: later });
    const rows = await db.$queryRaw<{ start_after: Date }[]>`
      SELECT start_after FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(Math.abs(rows[0]!.start_after.getTime() - later.getTime())).toBeLessThan(1000);
  });
});

const describePg = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePg('two workers on one PostgreSQL database', () => {
  const job = countingJob('test.two-workers', 'none');
  let workers: WorkerHandle[] = [];

  afterAll(async () => {
    for (const worker of workers) {
      await worker.stop();
      await worker.boss.stop({ graceful: true, wait: true, timeout: 5000 });
    }
  });

  it('hands each job to exactly one worker', async () => {
    handled.length = 0;
    const total = 60;
    for (let n = 0; n < total; n += 1) await enqueue(job, { n });
    const bosses = [createBoss(), createBoss()];
    workers = [];
    for (const [index, boss] of bosses.entries()) {
      await boss.start();
      const label = `worker-${index + 1}`;
      // Same queue, a handler that records which worker ran it.
      const labelled = countingJob('test.two-workers', label);
      workers.push(await startWorker({ jobs: [labelled], boss, pollingIntervalSeconds: 0.5, label }));
    }
    await waitFor(async () => {
      const rows = await jobRows('test.two-workers');
      return rows.length === total && rows.every((row) => row.state === 'completed');
    });
    expect(handled).toHaveLength(total);
    expect(new Set(handled.map((h) => h.jobId)).size).toBe(total);
    expect(new Set(handled.map((h) => h.n)).size).toBe(total);
    console.log(
      `two workers: ${handled.filter((h) => h.worker === 'worker-1').length} + ` +
        `${handled.filter((h) => h.worker === 'worker-2').length} jobs`,
    );
  });
});
