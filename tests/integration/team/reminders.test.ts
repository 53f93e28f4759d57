/** @jest-environment node */
// Issue 12 item 1: "Send reminder" from My Team. Direct reports only, at most one email per person per UK day
// (also under parallel clicks), rate-limited per manager, logged, and the manager sees when the last one went.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError, UserError } from '@/lib/errors';
import { getTeamCompliance } from '@/lib/team/compliance';
import { REMINDERS_PER_HOUR, sendTeamReminder } from '@/lib/team/reminders';
import { sendReminderAction } from '@/app/(manager)/team/actions';
import { disconnect, resetDb } from '../../helpers/db';
import { makeTeamWorld, type TeamWorld } from './world';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));
jest.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const DAY = 86_400_000;
let w: TeamWorld;
beforeAll(async () => {
  await resetDb();
  w = await makeTeamWorld();
});
afterAll(disconnect);

const reminderEmails = (userId: number) =>
  db.emailMessage.findMany({ where: { template: 'team-reminder', userId }, orderBy: { id: 'asc' } });
const fd = (userId: number | string) => {
  const data = new FormData();
  data.set('userId', String(userId));
  return data;
};

it('sends one email listing what is overdue and due soon, logs it, and the manager sees when it went', async () => {
  const result = await sendTeamReminder(w.viewers.manager, w.users.report.id);
  expect(result).toMatchObject({ sent: true, name: 'Sam Taylor' });
  const [email, ...more] = await reminderEmails(w.users.report.id);
  expect(more).toEqual([]);
  expect(email!.toAddress).toBe(w.users.report.email);
  expect(email!.subject).toBe('Reminder from Mark Manager: your required learning');
  expect(email!.text).toContain('Hertfordshire Induction');
  expect(email!.text).toContain('Fire Safety');
  expect(email!.text).toContain('Manual Handling');
  expect(email!.text).toContain('/required-learning');
  const log = await db.teamReminder.findMany({ where: { userId: w.users.report.id } });
  expect(log).toEqual([expect.objectContaining({ managerId: w.users.manager.id, emailMessageId: email!.id })]);
  expect(
    await db.auditLog.count({
      where: { action: 'team.reminder_sent', actorId: w.users.manager.id, entityId: String(w.users.report.id) },
    }),
  ).toBe(1);
  const { needAction } = await getTeamCompliance(w.viewers.manager);
  expect(needAction[0]!.lastReminderAt?.getTime()).toBe(result.at.getTime());

  // The same day again: nothing more is sent, and the manager is told when the last one went.
  const again = await sendTeamReminder(w.viewers.manager, w.users.report.id);
  expect(again).toEqual({ sent: false, name: 'Sam Taylor', at: result.at });
  expect(await reminderEmails(w.users.report.id)).toHaveLength(1);
});

it('parallel clicks on a new day send exactly one email', async () => {
  const tomorrow = new Date(Date.now() + DAY);
  const results = await Promise.all(
    Array.from({ length: 6 }, () => sendTeamReminder(w.viewers.manager, w.users.report.id, tomorrow)),
  );
  expect(results.filter((r) => r.sent)).toHaveLength(1);
  expect(await reminderEmails(w.users.report.id)).toHaveLength(2);
  expect(await db.teamReminder.count({ where: { userId: w.users.report.id } })).toBe(2);
});

it('refuses people who are not the viewer’s direct reports, with NotFoundError', async () => {
  for (const who of ['learner', 'formerManager', 'head', 'secondJobManager', 'otherManager', 'report'] as const) {
    await expect(sendTeamReminder(w.viewers[who], w.users.report.id)).rejects.toBeInstanceOf(NotFoundError);
  }
  await expect(sendTeamReminder(w.viewers.manager, w.users.reportOfReport.id)).rejects.toBeInstanceOf(NotFoundError);
  await expect(sendTeamReminder(w.viewers.manager, w.users.otherReport.id)).rejects.toBeInstanceOf(NotFoundError);
});

it('says why when there is nothing to remind about, or no email address', async () => {
  await expect(sendTeamReminder(w.viewers.manager, w.users.colleague.id)).rejects.toThrow(
    'Ann Baker has nothing overdue or due in the next 30 days',
  );
  await db.user.update({ where: { id: w.users.report.id }, data: { email: null } });
  try {
    await expect(
      sendTeamReminder(w.viewers.manager, w.users.report.id, new Date(Date.now() + 2 * DAY)),
    ).rejects.toThrow('Sam Taylor has no email address in iLearn+');
  } finally {
    await db.user.update({ where: { id: w.users.report.id }, data: { email: w.users.report.email } });
  }
});

it(`a manager may send at most ${REMINDERS_PER_HOUR} reminders an hour`, async () => {
  // The limiter's counter row for this manager (rate-limiter-flexible keys it "<prefix>:<key>"), as if spent.
  const key = `team-reminder:${w.users.manager.id}`;
  const spent = { points: REMINDERS_PER_HOUR, expire: new Date(Date.now() + 3_600_000) };
  await db.rateLimiterFlexible.upsert({ where: { key }, create: { key, ...spent }, update: spent });
  try {
    const error = await sendTeamReminder(w.viewers.manager, w.users.report.id, new Date(Date.now() + 3 * DAY)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`You have sent ${REMINDERS_PER_HOUR} reminders in the last hour`);
    expect(await reminderEmails(w.users.report.id)).toHaveLength(2);
  } finally {
    await db.rateLimiterFlexible.deleteMany({ where: { key } });
  }
});

describe('the server action', () => {
  it('answers the manager with what happened', async () => {
    current = w.viewers.manager;
    const result = await sendReminderAction({ ok: true }, fd(w.users.report.id));
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringContaining('Sam Taylor was already reminded today'),
    });
  });

  it('refuses everyone else and bad input with a message, never an exception', async () => {
    for (const who of ['learner', 'formerManager', 'head', 'otherManager'] as const) {
      current = w.viewers[who];
      expect(await sendReminderAction({ ok: true }, fd(w.users.report.id))).toMatchObject({ ok: false });
    }
    current = w.viewers.manager;
    for (const bad of ['abc', '-1', '99999999999', '']) {
      expect(await sendReminderAction({ ok: true }, fd(bad))).toMatchObject({ ok: false });
    }
    current = null;
    expect(await sendReminderAction({ ok: true }, fd(w.users.report.id))).toMatchObject({ ok: false });
    expect(await reminderEmails(w.users.report.id)).toHaveLength(2);
  });
});
