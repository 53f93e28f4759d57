/** @jest-environment node */
// The scheduled pass against the pure rules on real timelines (issue 11 item 3): the statement moves a record
// exactly when isWindowOpening / isExpiring say so, to the second, around the spring DST change and a leap day.
import { certifiedDates, isExpiring, isWindowOpening, type CertificationSettings } from '@/lib/certifications/rules';
import { runCertificationScan } from '@/lib/certifications/scan';
import { db } from '@/lib/db';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { makeUser } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';

const settings: CertificationSettings = {
  active: { value: 2, unit: 'YEAR' },
  window: { value: 1, unit: 'MONTH' },
  minimumActive: null,
  recertifyFrom: 'COMPLETION_DATE',
};
const SECOND = 1000;

beforeAll(async () => {
  await resetDb();
  await getBoss();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

async function certifiedOn(completedAt: Date) {
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: `timeline-${completedAt.getTime()}`,
      fullName: 'Timeline',
      certification: { create: {} },
    },
    include: { certification: true },
  });
  const user = await makeUser();
  const dates = certifiedDates(settings, { completedAt, previousExpires: null, dueAt: null });
  const record = await db.certificationCompletion.create({
    data: {
      certificationId: program.certification!.id,
      userId: user.id,
      status: 'CERTIFIED',
      path: 'RECERT',
      ...dates,
      baselineTimeExpires: dates.timeExpires,
    },
  });
  return { id: record.id, ...dates };
}

async function stateAt(id: number, now: Date) {
  await runCertificationScan(now);
  return db.certificationCompletion.findUniqueOrThrow({ where: { id } });
}

it('spring DST: completed 5 April 2024 09:00 BST, window opens 5 March 2026 09:00 GMT, expires 5 April 2026 09:00 BST', async () => {
  const { id, timeWindowOpens, timeExpires } = await certifiedOn(new Date('2024-04-05T08:00:00Z'));
  // The window keeps the wall-clock time across the clock change: 09:00 GMT is 09:00Z, not 08:00Z.
  expect(timeWindowOpens.toISOString()).toBe('2026-03-05T09:00:00.000Z');
  expect(timeExpires.toISOString()).toBe('2026-04-05T08:00:00.000Z');
  const before = await stateAt(id, new Date('2026-03-05T08:30:00Z'));
  expect(before.renewalStatus).toBe('NOT_DUE');
  expect(isWindowOpening(before, new Date('2026-03-05T08:30:00Z'))).toBe(false);
  expect(isWindowOpening(before, timeWindowOpens)).toBe(true);
  expect((await stateAt(id, timeWindowOpens)).renewalStatus).toBe('DUE');
  const justBefore = new Date(timeExpires.getTime() - SECOND);
  const due = await stateAt(id, justBefore);
  expect(due.status).toBe('CERTIFIED');
  expect(isExpiring(due, justBefore)).toBe(false);
  const expired = await stateAt(id, timeExpires);
  expect(expired).toMatchObject({ status: 'EXPIRED', renewalStatus: 'EXPIRED', dueAt: timeExpires });
});

it('leap day: completed 29 February 2028 12:00, window opens 28 January 2030, expires 28 February 2030', async () => {
  const { id, timeWindowOpens, timeExpires } = await certifiedOn(new Date('2028-02-29T12:00:00Z'));
  expect(timeExpires.toISOString()).toBe('2030-02-28T12:00:00.000Z');
  expect(timeWindowOpens.toISOString()).toBe('2030-01-28T12:00:00.000Z');
  expect((await stateAt(id, new Date(timeWindowOpens.getTime() - SECOND))).renewalStatus).toBe('NOT_DUE');
  expect((await stateAt(id, timeWindowOpens)).renewalStatus).toBe('DUE');
  expect((await stateAt(id, new Date(timeExpires.getTime() - SECOND))).status).toBe('CERTIFIED');
  expect((await stateAt(id, timeExpires)).status).toBe('EXPIRED');
  // History keeps the cycle that ended.
  const history = await db.certificationHistory.findMany({
    where: { userId: (await db.certificationCompletion.findUniqueOrThrow({ where: { id } })).userId },
  });
  expect(history).toHaveLength(1);
  expect(history[0]!.timeExpires.toISOString()).toBe('2030-02-28T12:00:00.000Z');
});
