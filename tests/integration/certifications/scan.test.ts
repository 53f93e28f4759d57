/** @jest-environment node */
// The scheduled certification pass (issue 11 item 3): thousands of records moved by a handful of statements (one
// per step and batch, not one per person), a second pass changes nothing, two passes at once never move a
// record twice, and the follow-up jobs reset the courses through lib/course-reset and send each email once.
import {
  certificationExpiredJob,
  certificationWindowClosingJob,
  certificationWindowOpenedJob,
  FOLLOW_UP_CHUNK,
} from '@/lib/certifications/follow-up-jobs';
import { runCertificationScan } from '@/lib/certifications/scan';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { makeActivity, makeCourse, makeOrganisation, makeUser, enrol } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import { countQueries } from '../../helpers/query-count';

const DAY = 86_400_000;
const NOW = new Date('2026-12-02T03:00:00Z');
const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  await resetDb();
  await getBoss();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

async function makeCertification() {
  const course = await makeCourse();
  const activity = await makeActivity(course.id);
  const n = Math.random().toString(36).slice(2, 8);
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: `cert-${n}`,
      fullName: `Fire Safety ${n}`,
      certification: { create: {} },
      courseSets: {
        create: [
          { label: 'Certification', path: 'CERT', courses: { create: [{ courseId: course.id }] } },
          { label: 'Recertification', path: 'RECERT', courses: { create: [{ courseId: course.id }] } },
        ],
      },
    },
    include: { certification: true },
  });
  return { course, activity, program, certificationId: program.certification!.id };
}

/** `count` people certified on `certificationId`, with the given window and expiry dates, inserted in bulk. */
async function certifiedPeople(certificationId: number, count: number, windowOpens: Date, expires: Date, tag: string) {
  const organisation = await makeOrganisation();
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      username: `${tag}-${i}`,
      firstName: 'Person',
      lastName: `${tag} ${i}`,
      email: `${tag}-${i}@example.test`,
      organisationId: organisation.id,
    })),
  });
  const users = await db.user.findMany({ where: { username: { startsWith: `${tag}-` } }, select: { id: true } });
  await db.certificationCompletion.createMany({
    data: users.map((u) => ({
      certificationId,
      userId: u.id,
      status: 'CERTIFIED' as const,
      renewalStatus: 'NOT_DUE' as const,
      path: 'RECERT' as const,
      timeCompleted: new Date(expires.getTime() - 730 * DAY),
      timeWindowOpens: windowOpens,
      timeExpires: expires,
      baselineTimeExpires: expires,
    })),
  });
  return users.map((u) => u.id);
}

async function jobCount(name: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${name}`;
  return rows[0]!.n;
}

describe('the pass over thousands of records', () => {
  const PEOPLE = 3000;
  let certificationId: number;

  beforeAll(async () => {
    ({ certificationId } = await makeCertification());
    // Window opened yesterday; expiry in a month.
    await certifiedPeople(
      certificationId,
      PEOPLE,
      new Date(NOW.getTime() - DAY),
      new Date(NOW.getTime() + 30 * DAY),
      'open',
    );
    // Not due yet.
    await certifiedPeople(
      certificationId,
      50,
      new Date(NOW.getTime() + DAY),
      new Date(NOW.getTime() + 31 * DAY),
      'later',
    );
    // Suspended: does not roll over.
    const [suspended] = await certifiedPeople(
      certificationId,
      1,
      new Date(NOW.getTime() - DAY),
      new Date(NOW.getTime() + 30 * DAY),
      'susp',
    );
    await db.user.update({ where: { id: suspended! }, data: { status: 'SUSPENDED' } });
  }, 120_000);

  it('opens every due window in a few statements, keeps history, and queues one follow-up job per 500 people', async () => {
    const { result, queries } = await countQueries(() => runCertificationScan(NOW, 5000));
    expect(result).toEqual({ windowsOpened: PEOPLE, expired: 0, remindersQueued: 0 });
    // Per step: begin, the statement, two for the follow-up jobs, commit (plus queue set-up): never per person.
    expect(queries).toBeLessThan(40);
    expect(await db.certificationCompletion.count({ where: { certificationId, renewalStatus: 'DUE' } })).toBe(PEOPLE);
    expect(await db.certificationHistory.count({ where: { certificationId } })).toBe(PEOPLE);
    expect(await jobCount(certificationWindowOpenedJob.name)).toBe(PEOPLE / FOLLOW_UP_CHUNK);
  }, 120_000);

  it('a second pass changes nothing and queues nothing', async () => {
    const before = await db.certificationCompletion.findMany({ where: { certificationId }, orderBy: { id: 'asc' } });
    const result = await runCertificationScan(NOW, 5000);
    expect(result).toEqual({ windowsOpened: 0, expired: 0, remindersQueued: 0 });
    const after = await db.certificationCompletion.findMany({ where: { certificationId }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
    expect(await db.certificationHistory.count({ where: { certificationId } })).toBe(PEOPLE);
    expect(await jobCount(certificationWindowOpenedJob.name)).toBe(PEOPLE / FOLLOW_UP_CHUNK);
  });

  it('at expiry, in small batches: every due renewal expires once, with the old expiry as the due date', async () => {
    const later = new Date(NOW.getTime() + 30 * DAY + 1000);
    const { result, queries } = await countQueries(() => runCertificationScan(later, 1000));
    // The 50 "later" records' windows open now (their expiry is a day later); the suspended person stays put.
    // They expire in a day, so each gets one "window closing" reminder.
    expect(result).toEqual({ windowsOpened: 50, expired: PEOPLE, remindersQueued: 50 });
    expect(queries).toBeLessThan(80);
    const expired = await db.certificationCompletion.findFirstOrThrow({
      where: { certificationId, status: 'EXPIRED' },
    });
    expect(expired).toMatchObject({ renewalStatus: 'EXPIRED', path: 'CERT', timeExpires: null, timeCompleted: null });
    expect(expired.dueAt!.getTime()).toBe(NOW.getTime() + 30 * DAY);
    expect(await runCertificationScan(later, 1000)).toEqual({ windowsOpened: 0, expired: 0, remindersQueued: 0 });
    expect(await jobCount(certificationWindowClosingJob.name)).toBe(1);
    expect(await jobCount(certificationExpiredJob.name)).toBe(PEOPLE / FOLLOW_UP_CHUNK);
    expect(
      await db.certificationCompletion.count({
        where: { certificationId, status: 'CERTIFIED', renewalStatus: 'NOT_DUE' },
      }),
    ).toBe(1);
  }, 120_000);
});

(onPostgres ? it : it.skip)(
  'two passes at the same time move each record once (PostgreSQL)',
  async () => {
    const { certificationId } = await makeCertification();
    await certifiedPeople(
      certificationId,
      2000,
      new Date(NOW.getTime() - DAY),
      new Date(NOW.getTime() + 30 * DAY),
      'par',
    );
    const [a, b] = await Promise.all([runCertificationScan(NOW, 300), runCertificationScan(NOW, 300)]);
    expect(a.windowsOpened + b.windowsOpened).toBe(2000);
    expect(await db.certificationHistory.count({ where: { certificationId } })).toBe(2000);
  },
  120_000,
);

describe('follow-up jobs', () => {
  it('window open: resets the courses once (kept as history) and tells the learner once', async () => {
    const { course, activity, certificationId, program } = await makeCertification();
    const user = await makeUser({ email: 'renew@example.test' });
    await enrol(user.id, course.id);
    await recordActivityFacts(db, { userId: user.id, activityId: activity.id, facts: { viewed: true } });
    const windowOpens = new Date(NOW.getTime() - DAY);
    const record = await db.certificationCompletion.create({
      data: {
        certificationId,
        userId: user.id,
        status: 'CERTIFIED',
        path: 'RECERT',
        timeCompleted: new Date(NOW.getTime() - 700 * DAY),
        timeWindowOpens: windowOpens,
        timeExpires: new Date(NOW.getTime() + 30 * DAY),
      },
    });
    await runCertificationScan(NOW);
    const payload = { completionId: record.id, userId: user.id, certificationId, windowOpensAt: windowOpens };
    const context = { jobId: 'test', retryCount: 0, isLastAttempt: false };
    await certificationWindowOpenedJob.handler(
      certificationWindowOpenedJob.schema.parse({ items: [payload] }),
      context,
    );
    const completion = await db.courseCompletion.findFirstOrThrow({ where: { userId: user.id, courseId: course.id } });
    expect(completion.status).toBe('NOT_STARTED');
    expect(await db.courseCompletionHistory.count({ where: { userId: user.id, reason: 'RECERTIFICATION' } })).toBe(1);
    // Progress made after the reset survives a retry of the same job.
    await recordActivityFacts(db, { userId: user.id, activityId: activity.id, facts: { viewed: true } });
    await certificationWindowOpenedJob.handler(
      certificationWindowOpenedJob.schema.parse({ items: [payload] }),
      context,
    );
    expect(
      (await db.courseCompletion.findFirstOrThrow({ where: { userId: user.id, courseId: course.id } })).status,
    ).toBe('COMPLETE');
    const emails = await db.emailMessage.findMany({ where: { toAddress: 'renew@example.test' } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(`Time to renew your certification: ${program.fullName}`);
    expect(emails[0]!.text).toContain('1 January 2027');
  });

  it('window closing: one reminder a week before expiry, however often the pass and the job run', async () => {
    const { certificationId } = await makeCertification();
    const user = await makeUser({ email: 'soon@example.test' });
    const expires = new Date(NOW.getTime() + 3 * DAY);
    const record = await db.certificationCompletion.create({
      data: {
        certificationId,
        userId: user.id,
        status: 'CERTIFIED',
        renewalStatus: 'DUE',
        timeCompleted: new Date(NOW.getTime() - 727 * DAY),
        timeWindowOpens: new Date(NOW.getTime() - 27 * DAY),
        timeExpires: expires,
      },
    });
    expect((await runCertificationScan(NOW)).remindersQueued).toBe(1);
    expect((await runCertificationScan(NOW)).remindersQueued).toBe(0);
    const payload = { completionId: record.id, userId: user.id, certificationId, expiresAt: expires };
    const context = { jobId: 'test', retryCount: 0, isLastAttempt: false };
    await certificationWindowClosingJob.handler(
      certificationWindowClosingJob.schema.parse({ items: [payload] }),
      context,
    );
    await certificationWindowClosingJob.handler(
      certificationWindowClosingJob.schema.parse({ items: [payload] }),
      context,
    );
    const emails = await db.emailMessage.findMany({ where: { toAddress: 'soon@example.test' } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toMatch(/^Reminder: renew your certification by 5 December 2026/);
  });

  it('expiry: tells the learner and their manager once each', async () => {
    const { certificationId } = await makeCertification();
    const manager = await makeUser({ email: 'boss@example.test' });
    const user = await makeUser({ email: 'lapsed@example.test', firstName: 'Lee', lastName: 'Lapsed' });
    await db.jobAssignment.create({ data: { userId: user.id, managerId: manager.id } });
    const expires = new Date(NOW.getTime() - DAY);
    const record = await db.certificationCompletion.create({
      data: {
        certificationId,
        userId: user.id,
        status: 'CERTIFIED',
        renewalStatus: 'DUE',
        path: 'RECERT',
        timeCompleted: new Date(NOW.getTime() - 731 * DAY),
        timeWindowOpens: new Date(NOW.getTime() - 31 * DAY),
        timeExpires: expires,
      },
    });
    expect((await runCertificationScan(NOW)).expired).toBe(1);
    const payload = { completionId: record.id, userId: user.id, certificationId, expiredAt: expires };
    const context = { jobId: 'test', retryCount: 0, isLastAttempt: false };
    await certificationExpiredJob.handler(certificationExpiredJob.schema.parse({ items: [payload] }), context);
    await certificationExpiredJob.handler(certificationExpiredJob.schema.parse({ items: [payload] }), context);
    const emails = await db.emailMessage.findMany({
      where: { toAddress: { in: ['lapsed@example.test', 'boss@example.test'] } },
      orderBy: { toAddress: 'asc' },
    });
    expect(emails.map((e) => e.toAddress)).toEqual(['boss@example.test', 'lapsed@example.test']);
    expect(emails[0]!.subject).toContain("Lee Lapsed's certification has expired");
  });
});
