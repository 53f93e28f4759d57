/** @jest-environment node */
// Benchmark (issue 11 item 7; `npm run bench -- certification-pass`): the scheduled certification pass over
// 200,000 assignments (BENCH_ASSIGNMENTS to change): time and SQL statements of the first pass, and of a second
// pass that must change nothing. Target: first pass ≤ 10 s. Figures are printed; the "nothing changes" is asserted.
import { runCertificationScan } from '@/lib/certifications/scan';
import { db } from '@/lib/db';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../helpers/db';
import { resetQueue } from '../helpers/jobs';
import { countQueries } from '../helpers/query-count';

const N = Number(process.env.BENCH_ASSIGNMENTS ?? 200_000);
const NOW = new Date('2026-12-02T03:00:00Z');
const lines: string[] = [];

beforeAll(async () => {
  await resetDb();
  await getBoss();
  await resetQueue();
  const org = await db.organisation.create({ data: { slug: 'bench', name: 'Bench', shortName: 'B' } });
  const program = await db.program.create({
    data: { kind: 'CERTIFICATION', shortName: 'bench-cert', fullName: 'Bench', certification: { create: {} } },
    include: { certification: true },
  });
  const started = performance.now();
  await db.$executeRaw`
    INSERT INTO "User" ("username", "firstName", "lastName", "email", "organisationId", "updatedAt")
    SELECT 'bench-' || g, 'Bench', 'Person ' || g, 'bench-' || g || '@example.test', ${org.id}, now()
    FROM generate_series(1, ${N}) AS g`;
  // A quarter each: window due, renewal lapsed (window already open, past expiry), not due yet, never certified.
  await db.$executeRaw`
    INSERT INTO "CertificationCompletion" ("certificationId", "userId", "status", "renewalStatus", "path",
      "timeCompleted", "timeWindowOpens", "timeExpires", "updatedAt")
    SELECT ${program.certification!.id}, u."id",
      (CASE WHEN u."id" % 4 = 3 THEN 'ASSIGNED' ELSE 'CERTIFIED' END)::"CertificationStatus",
      (CASE WHEN u."id" % 4 = 1 THEN 'DUE' ELSE 'NOT_DUE' END)::"RenewalStatus",
      'RECERT'::"CertificationPath",
      CASE WHEN u."id" % 4 = 3 THEN NULL ELSE ${NOW}::timestamp - interval '700 days' END,
      CASE u."id" % 4 WHEN 0 THEN ${NOW}::timestamp - interval '1 day' WHEN 1 THEN ${NOW}::timestamp - interval '40 days'
        WHEN 2 THEN ${NOW}::timestamp + interval '20 days' ELSE NULL END,
      CASE u."id" % 4 WHEN 0 THEN ${NOW}::timestamp + interval '29 days' WHEN 1 THEN ${NOW}::timestamp - interval '10 days'
        WHEN 2 THEN ${NOW}::timestamp + interval '50 days' ELSE NULL END,
      now()
    FROM "User" u WHERE u."organisationId" = ${org.id}`;
  await db.$executeRawUnsafe('ANALYZE "CertificationCompletion"');
  lines.push(`set-up: ${N} people and assignments in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);

afterAll(async () => {
  console.log(`Certification pass over ${N} assignments:\n${lines.join('\n')}`);
  await stopBoss();
  await disconnect();
});

test('first pass moves every due record; a second pass changes nothing', async () => {
  let started = performance.now();
  const first = await countQueries(() => runCertificationScan(NOW));
  const firstMs = performance.now() - started;
  lines.push(
    `first pass: ${(firstMs / 1000).toFixed(2)} s, ${first.queries} statements, windows opened ${first.result.windowsOpened}, expired ${first.result.expired}, reminders ${first.result.remindersQueued}`,
  );
  expect(first.result.windowsOpened).toBe(Math.floor(N / 4));
  expect(first.result.expired).toBe(Math.floor((N + 3) / 4));
  started = performance.now();
  const second = await countQueries(() => runCertificationScan(NOW));
  lines.push(
    `second pass: ${((performance.now() - started) / 1000).toFixed(2)} s, ${second.queries} statements, ${JSON.stringify(second.result)}`,
  );
  expect(second.result).toEqual({ windowsOpened: 0, expired: 0, remindersQueued: 0 });
}, 600_000);
