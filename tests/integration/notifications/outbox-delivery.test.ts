/** @jest-environment node */
// sendEmail without RESEND_API_KEY: recorded once per dedupeKey (also in parallel), queued, moved to OUTBOX.
import { db } from '@/lib/db';
import { stopBoss } from '@/lib/jobs/boss';
import { startWorker, type WorkerHandle } from '@/lib/jobs/worker';
import { jobs } from '@/lib/jobs/registry';
import { prepareEmail, sendEmail, sendEmailWithin } from '@/lib/notifications/send-email';
import { noticeEmail } from '@/emails/notice';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue, waitFor } from '../../helpers/jobs';

const props = { title: 'Room change', paragraphs: ['Your session moved to Room 4.'] };

async function jobCount(messageId: number): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'email.send' AND (data->>'messageId')::int = ${messageId}`;
  return rows[0]?.n ?? 0;
}

describe('sendEmail to the outbox', () => {
  let worker: WorkerHandle | undefined;

  beforeAll(async () => {
    delete process.env.RESEND_API_KEY;
    await resetDb();
    await resetQueue();
  });

  afterAll(async () => {
    await worker?.stop();
    await stopBoss();
    await disconnect();
  });

  it('records the rendered email as QUEUED and queues exactly one job', async () => {
    const result = await sendEmail({ to: 'sam@example.org', template: noticeEmail, props, dedupeKey: 'notice:1' });
    expect(result.created).toBe(true);
    const message = await db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(message).toMatchObject({ status: 'QUEUED', template: 'notice', subject: 'Room change', attempts: 0 });
    expect(message.html).toContain('Your session moved to Room 4.');
    expect(message.text).toContain('Your session moved to Room 4.');
    expect(message.text).toContain('ilearn.support@ilearn.local');
    expect(await jobCount(result.id)).toBe(1);
  });

  it('records and queues the same logical email once, even for parallel calls', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        sendEmail({ to: 'alex@example.org', template: noticeEmail, props, dedupeKey: 'notice:parallel' }),
      ),
    );
    const ids = new Set(results.map((r) => r.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { dedupeKey: 'notice:parallel' } })).toBe(1);
    expect(await jobCount([...ids][0]!)).toBe(1);
  });

  it("sendEmailWithin: the email and its job exist only if the caller's transaction commits", async () => {
    await prepareEmail();
    await expect(
      db.$transaction(async (tx) => {
        await sendEmailWithin(tx, { to: 'rolled@example.org', template: noticeEmail, props, dedupeKey: 'within:1' });
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash before commit');
    expect(await db.emailMessage.count({ where: { toAddress: 'rolled@example.org' } })).toBe(0);

    const first = await db.$transaction((tx) =>
      sendEmailWithin(tx, { to: 'kept@example.org', template: noticeEmail, props, dedupeKey: 'within:1' }),
    );
    const again = await db.$transaction((tx) =>
      sendEmailWithin(tx, { to: 'kept@example.org', template: noticeEmail, props, dedupeKey: 'within:1' }),
    );
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await jobCount(first.id)).toBe(1);
  });

  it('refuses bad addresses before recording anything', async () => {
    const before = await db.emailMessage.count();
    await expect(sendEmail({ to: 'not-an-address', template: noticeEmail, props })).rejects.toThrow();
    expect(await db.emailMessage.count()).toBe(before);
  });

  it('the worker moves queued emails to OUTBOX when no provider is configured', async () => {
    worker = await startWorker({ jobs, pollingIntervalSeconds: 0.5, label: 'test' });
    const pending = await db.emailMessage.findMany({ select: { id: true } });
    expect(pending.length).toBeGreaterThanOrEqual(2);
    await waitFor(async () => (await db.emailMessage.count({ where: { status: { not: 'OUTBOX' } } })) === 0);
    const messages = await db.emailMessage.findMany();
    for (const message of messages) {
      expect(message).toMatchObject({ status: 'OUTBOX', attempts: 1, providerId: null, sentAt: null });
    }
  });
});
