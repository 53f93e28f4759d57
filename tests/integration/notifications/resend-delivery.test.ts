/** @jest-environment node */
// With RESEND_API_KEY the real resend SDK posts to a fake API on a local port: SENT with the provider id, or
// FAILED with the error recorded and retried by the queue until the provider accepts it.
import { db } from '@/lib/db';
import { getBoss, queueOptions, stopBoss } from '@/lib/jobs/boss';
import { prepareQueue } from '@/lib/jobs/enqueue';
import { startWorker, type WorkerHandle } from '@/lib/jobs/worker';
import { jobs } from '@/lib/jobs/registry';
import { deliverEmail, emailSendJob, SEND_LEASE_SECONDS } from '@/lib/notifications/email-job';
import { sendEmail } from '@/lib/notifications/send-email';
import { noticeEmail } from '@/emails/notice';
import { disconnect, resetDb } from '../../helpers/db';
import { startFakeResend, type FakeResend } from '../../helpers/fake-resend';
import { resetQueue, waitFor } from '../../helpers/jobs';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

describe('sendEmail through Resend', () => {
  let fake: FakeResend;
  let worker: WorkerHandle | undefined;

  beforeAll(async () => {
    fake = await startFakeResend();
    // Before anything reads the environment (lib/env caches it per test file).
    process.env.RESEND_API_KEY = 're_test_0123456789';
    process.env.RESEND_BASE_URL = fake.url;
    process.env.EMAIL_FROM = 'iLearn+ <no-reply@ilearn.test>';
    await resetDb();
    await resetQueue();
    // Retry after one second instead of the production backoff, so the retry test is quick.
    await prepareQueue(emailSendJob);
    const boss = await getBoss();
    await boss.updateQueue(emailSendJob.name, { ...queueOptions(emailSendJob), retryDelay: 1, retryBackoff: false });
    worker = await startWorker({ jobs, pollingIntervalSeconds: 0.5, label: 'test' });
  });

  afterAll(async () => {
    await worker?.stop();
    const boss = await getBoss();
    await boss.updateQueue(emailSendJob.name, queueOptions(emailSendJob));
    await stopBoss();
    await disconnect();
    await fake.close();
  });

  it('posts the message with its attachment to /emails and records SENT with the provider id', async () => {
    fake.reply(() => ({ status: 200, body: { id: 'provider-abc' } }));
    const { id } = await sendEmail({
      to: 'Sam.Taylor@Example.org',
      cc: ['manager@example.org'],
      template: noticeEmail,
      props: { title: 'You are booked', paragraphs: ['See you on 3 December.'] },
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: ICS }],
      dedupeKey: 'booking:1',
    });
    const sent = await waitFor(() => db.emailMessage.findFirst({ where: { id, status: 'SENT' } }));
    expect(sent).toMatchObject({ providerId: 'provider-abc', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/emails' });
    expect(request?.headers.authorization).toBe('Bearer re_test_0123456789');
    expect(request?.headers['idempotency-key']).toEqual(expect.stringContaining(`ilearn-email-${id}-`));
    const body = request?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      from: 'iLearn+ <no-reply@ilearn.test>',
      to: ['sam.taylor@example.org'],
      cc: ['manager@example.org'],
      subject: 'You are booked',
    });
    expect(body.html).toEqual(expect.stringContaining('See you on 3 December.'));
    expect(body.text).toEqual(expect.stringContaining('See you on 3 December.'));
    const attachments = body.attachments as { filename: string; content: string; content_type?: string }[];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]?.filename).toBe('invite.ics');
    expect(Buffer.from(attachments[0]!.content, 'base64').toString('utf8')).toBe(ICS);
  });

  it('marks a refused email FAILED with the error, retries it, and sends it once the provider recovers', async () => {
    fake.requests.length = 0;
    fake.reply(() => ({
      status: 422,
      body: { statusCode: 422, name: 'validation_error', message: 'The domain is not verified.' },
    }));
    const { id } = await sendEmail({
      to: 'alex@example.org',
      template: noticeEmail,
      props: { title: 'Reminder', paragraphs: ['Your session is tomorrow.'] },
    });
    const failed = await waitFor(() => db.emailMessage.findFirst({ where: { id, status: 'FAILED' } }));
    expect(failed.lastError).toBe('The domain is not verified.');
    // Still failing: the queue keeps retrying it.
    await waitFor(async () => (await db.emailMessage.findUniqueOrThrow({ where: { id } })).attempts >= 2);

    fake.reply(() => ({ status: 500, body: 'Internal Server Error' }));
    const attemptsBefore = (await db.emailMessage.findUniqueOrThrow({ where: { id } })).attempts;
    await waitFor(async () => (await db.emailMessage.findUniqueOrThrow({ where: { id } })).attempts > attemptsBefore);
    const after500 = await waitFor(() => db.emailMessage.findFirst({ where: { id, status: 'FAILED' } }));
    expect(after500.lastError).toBeTruthy();

    fake.reply(() => ({ status: 200, body: { id: 'provider-recovered' } }));
    const sent = await waitFor(() => db.emailMessage.findFirst({ where: { id, status: 'SENT' } }));
    expect(sent.providerId).toBe('provider-recovered');
    expect(sent.lastError).toBeNull();
    expect(sent.attempts).toBe(fake.requests.length);
    // Sent once: the provider accepted exactly one request, and nothing runs again afterwards.
    expect(fake.requests.filter((r) => r.path === '/emails')).toHaveLength(sent.attempts);
  });

  it('sends a message once when several deliveries race for it (duplicate jobs, two workers, a manual retry)', async () => {
    await worker?.stop(); // drive delivery by hand
    fake.requests.length = 0;
    fake.reply(() => ({ status: 200, body: { id: 'provider-once' } }));
    const { id } = await db.emailMessage.create({
      data: { template: 'notice', toAddress: 'race@example.org', subject: 'Race', html: '<p>Race</p>', text: 'Race' },
    });
    await Promise.all(Array.from({ length: 6 }, (_, i) => deliverEmail(id, { jobId: `race-${i}` })));
    expect(fake.requests).toHaveLength(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('leaves a fresh SENDING claim alone but takes over one abandoned by a dead worker', async () => {
    fake.requests.length = 0;
    const fresh = await db.emailMessage.create({
      data: {
        template: 'notice',
        toAddress: 'fresh@example.org',
        subject: 'Fresh',
        html: '<p>x</p>',
        text: 'x',
        status: 'SENDING',
        claimedAt: new Date(),
        attempts: 1,
      },
    });
    await deliverEmail(fresh.id, { jobId: 'fresh' });
    expect(fake.requests).toHaveLength(0);
    const stale = await db.emailMessage.create({
      data: {
        template: 'notice',
        toAddress: 'stale@example.org',
        subject: 'Stale',
        html: '<p>x</p>',
        text: 'x',
        status: 'SENDING',
        claimedAt: new Date(Date.now() - (SEND_LEASE_SECONDS + 60) * 1000),
        attempts: 1,
      },
    });
    await deliverEmail(stale.id, { jobId: 'stale' });
    expect(fake.requests).toHaveLength(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
  });
});
