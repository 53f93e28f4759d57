/** @jest-environment node */
// Issue 15 items 6 and 8: account-request confirmation and password-reset emails are recorded in the same
// transaction as their token (a crash in between leaves neither); six identical parallel requests make one row
// and one email; forgot-password only queues a job, so it answers alike for existing and unknown accounts.
import { db } from '@/lib/db';
import { submitAccountRequest } from '@/lib/accounts/requests-commands';
import { requestPasswordReset } from '@/lib/accounts/passwords';
import { accountReminderJob } from '@/lib/accounts/jobs';
import { accountRequestSchema } from '@/lib/accounts/schemas';
import { stopBoss } from '@/lib/jobs/boss';
import * as template from '@/lib/notifications/template';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import { createOrganisation, createUser } from '../../factories/accounts';

jest.mock('@/lib/notifications/template', () => {
  const actual = jest.requireActual('@/lib/notifications/template');
  return { ...actual, renderEmail: jest.fn(actual.renderEmail) };
});
jest.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-ilearn-peer': '10.30.0.1' }) }));
const renderEmail = template.renderEmail as jest.MockedFunction<typeof template.renderEmail>;

let orgId: number;
beforeAll(async () => {
  await resetDb();
  await resetQueue();
  orgId = (await createOrganisation()).id;
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

const form = (email: string) =>
  accountRequestSchema.parse({
    firstName: 'Alex',
    lastName: 'Morgan',
    email,
    organisationId: String(orgId),
    jobTitle: 'Care worker',
    managerName: 'Pat Lee',
    managerEmail: 'pat.lee@partner.example',
  });

const emailsTo = (to: string) => db.emailMessage.count({ where: { toAddress: to } });

describe('account request confirmation', () => {
  it('a crash while recording the email leaves no request and no token', async () => {
    renderEmail.mockRejectedValueOnce(new Error('crash between token and email'));
    await expect(submitAccountRequest(form('crash@partner.example'))).rejects.toThrow(/crash/);
    expect(await db.accountRequest.count({ where: { email: 'crash@partner.example' } })).toBe(0);
    expect(await db.authToken.count({ where: { purpose: 'EMAIL_CONFIRM' } })).toBe(0);
    expect(await emailsTo('crash@partner.example')).toBe(0);
  });

  it('six identical parallel requests make one row and one email', async () => {
    const email = 'six@partner.example';
    await Promise.all(Array.from({ length: 6 }, () => submitAccountRequest(form(email))));
    expect(await db.accountRequest.count({ where: { email } })).toBe(1);
    expect(await emailsTo(email)).toBe(1);
    const tokens = await db.authToken.count({ where: { accountRequest: { email }, usedAt: null } });
    expect(tokens).toBe(1);
  });

  it('a changed request still gets a fresh link', async () => {
    const email = 'changed@partner.example';
    await submitAccountRequest(form(email));
    await submitAccountRequest({ ...form(email), jobTitle: 'Team leader' });
    expect(await emailsTo(email)).toBe(2);
  });
});

describe('password reset', () => {
  it('a crash while recording the email leaves no reset token; a retry of the job sends one link', async () => {
    const user = await createUser({ email: 'reset.crash@example.org' });
    renderEmail.mockRejectedValueOnce(new Error('crash between token and email'));
    await expect(requestPasswordReset(user.username, 'job-1')).rejects.toThrow(/crash/);
    expect(await db.authToken.count({ where: { userId: user.id, purpose: 'PASSWORD_RESET' } })).toBe(0);
    // The job is retried with the same id: one token, one email; a further retry adds nothing.
    await requestPasswordReset(user.username, 'job-1');
    await requestPasswordReset(user.username, 'job-1');
    expect(await db.authToken.count({ where: { userId: user.id, purpose: 'PASSWORD_RESET' } })).toBe(1);
    expect(await emailsTo('reset.crash@example.org')).toBe(1);
  });

  it('forgot-password answers without looking the account up: the same work for existing and unknown names', async () => {
    const { forgotPasswordAction } = await import('@/app/(auth)/forgot-password/actions');
    const user = await createUser({ email: 'timing@example.org' });
    const submit = async (identifier: string) => {
      const formData = new FormData();
      formData.set('identifier', identifier);
      const started = performance.now();
      const result = await forgotPasswordAction(undefined as never, formData);
      return { result, ms: performance.now() - started };
    };
    await submit('warm-up');
    const known = await submit(user.username);
    const unknown = await submit('no-such-user');
    expect(known.result).toEqual(unknown.result);
    // Nothing about the account happened while answering: no token, no email yet...
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await emailsTo('timing@example.org')).toBe(0);
    // ...only a queued job, which does the lookup and the email.
    const queued = await db.$queryRaw<{ data: { kind: string; identifier: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = ${accountReminderJob.name} ORDER BY created_on`;
    expect(queued.map((q) => q.data.identifier)).toEqual(['warm-up', user.username, 'no-such-user']);
    console.log(
      `forgot-password answered in ${known.ms.toFixed(0)} ms (existing) / ${unknown.ms.toFixed(0)} ms (unknown)`,
    );
  });
});
