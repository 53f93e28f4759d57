/** @jest-environment node */
// The outbox reads and the retry command: site admins only (negative tests for everyone else), filters and
// counts, attachments, and a retry that queues once even when two admins click at once.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { stopBoss } from '@/lib/jobs/boss';
import { retryFailedEmail } from '@/lib/notifications/commands';
import { getOutboxAttachment, getOutboxEmail, listOutbox } from '@/lib/notifications/queries';
import { sendEmail } from '@/lib/notifications/send-email';
import { noticeEmail } from '@/emails/notice';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';

function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 1,
    username: 'someone',
    firstName: 'Some',
    lastName: 'One',
    email: 'someone@example.org',
    organisationId: 1,
    isSiteAdmin: false,
    ldTeamIds: [],
    isManager: false,
    mustChangePassword: false,
    authMethod: 'MANUAL',
    ...overrides,
  };
}

const siteAdmin = viewer({ id: 2, isSiteAdmin: true });
const ldAdmin = viewer({ id: 3, ldTeamIds: [1] });
const manager = viewer({ id: 4, isManager: true });
const learner = viewer({ id: 5 });
const notAdmins = [ldAdmin, manager, learner];

const props = { title: 'Notice', paragraphs: ['Hello.'] };
let withAttachment: number;
let failedId: number;

beforeAll(async () => {
  await resetDb();
  await resetQueue();
  withAttachment = (
    await sendEmail({
      to: 'first@example.org',
      template: noticeEmail,
      props,
      attachments: [
        { filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: 'BEGIN:VCALENDAR' },
      ],
    })
  ).id;
  for (let i = 0; i < 30; i += 1) await sendEmail({ to: `bulk${i}@example.org`, template: noticeEmail, props });
  failedId = (await sendEmail({ to: 'failing@example.org', template: noticeEmail, props })).id;
  await db.emailMessage.update({
    where: { id: failedId },
    data: { status: 'FAILED', attempts: 9, lastError: 'The domain is not verified.' },
  });
  await db.emailMessage.updateMany({ where: { toAddress: { startsWith: 'bulk1' } }, data: { status: 'OUTBOX' } });
});

afterAll(async () => {
  await stopBoss();
  await disconnect();
});

describe('outbox permissions', () => {
  it.each(notAdmins.map((v) => [v.ldTeamIds.length ? 'L&D admin' : v.isManager ? 'manager' : 'learner', v]))(
    'refuses a %s everything',
    async (_role, who) => {
      await expect(listOutbox(who, { page: 1 })).rejects.toThrow(ForbiddenError);
      await expect(getOutboxEmail(who, withAttachment)).rejects.toThrow(ForbiddenError);
      await expect(getOutboxAttachment(who, withAttachment, 0)).rejects.toThrow(ForbiddenError);
      await expect(retryFailedEmail(who, failedId)).rejects.toThrow(ForbiddenError);
      expect((await db.emailMessage.findUniqueOrThrow({ where: { id: failedId } })).status).toBe('FAILED');
    },
  );
});

describe('outbox for a site admin', () => {
  it('lists newest first, 25 a page, with counts per status', async () => {
    const first = await listOutbox(siteAdmin, { page: 1 });
    expect(first.total).toBe(32);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]?.id).toBe(failedId);
    expect(first.countsByStatus).toEqual({ QUEUED: 20, SENDING: 0, SENT: 0, OUTBOX: 11, FAILED: 1 });
    const second = await listOutbox(siteAdmin, { page: 2 });
    expect(second.rows).toHaveLength(7);
    expect(second.rows.at(-1)?.id).toBe(withAttachment);
  });

  it('filters by status and by the start of the recipient address', async () => {
    const failed = await listOutbox(siteAdmin, { page: 1, status: 'FAILED' });
    expect(failed.rows.map((r) => r.id)).toEqual([failedId]);
    expect(failed.rows[0]).toMatchObject({ attempts: 9, lastError: 'The domain is not verified.' });
    const search = await listOutbox(siteAdmin, { page: 1, q: 'BULK1' });
    expect(search.total).toBe(11);
    expect(search.rows.every((r) => r.toAddress.startsWith('bulk1'))).toBe(true);
  });

  it('shows one email with its attachments, and serves each attachment', async () => {
    const email = await getOutboxEmail(siteAdmin, withAttachment);
    expect(email).toMatchObject({ toAddress: 'first@example.org', template: 'notice', subject: 'Notice' });
    expect(email.attachments).toEqual([
      { index: 0, filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', sizeBytes: 15 },
    ]);
    const file = await getOutboxAttachment(siteAdmin, withAttachment, 0);
    expect(file.content.toString('utf8')).toBe('BEGIN:VCALENDAR');
    await expect(getOutboxAttachment(siteAdmin, withAttachment, 1)).rejects.toThrow(NotFoundError);
    await expect(getOutboxEmail(siteAdmin, 999_999)).rejects.toThrow(NotFoundError);
  });

  it('retries a failed email once, even when two admins click at the same time', async () => {
    const results = await Promise.allSettled([
      retryFailedEmail(siteAdmin, failedId),
      retryFailedEmail(siteAdmin, failedId),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: failedId } })).status).toBe('QUEUED');
    const jobs = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'email.send' AND (data->>'messageId')::int = ${failedId}`;
    expect(jobs[0]?.n).toBe(2); // the original send and one retry
  });

  it('refuses to retry an email that has not failed', async () => {
    await expect(retryFailedEmail(siteAdmin, withAttachment)).rejects.toThrow(ConflictError);
    await expect(retryFailedEmail(siteAdmin, 999_999)).rejects.toThrow(NotFoundError);
  });
});
