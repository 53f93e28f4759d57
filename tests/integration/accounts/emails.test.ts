/** @jest-environment node */
import { db } from '@/lib/db';
import {
  sendAccountRequestEmail,
  sendLoginDetails,
  sendPasswordResetEmails,
  sendRejection,
  sendUsernameReminder,
} from '@/lib/accounts/emails';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import { createOrganisation, createUser } from '../../factories/accounts';

beforeAll(async () => {
  await resetDb();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

const outbox = (to: string) =>
  db.emailMessage.findMany({
    where: { toAddress: to },
    orderBy: { id: 'asc' },
    select: { template: true, subject: true, text: true, html: true },
  });

describe("emails speak for the learner's organisation", () => {
  it("carries the organisation's name, colour and help contacts; generic iLearn+ help otherwise", async () => {
    const herts = await createOrganisation({
      name: 'Hertfordshire County Council',
      logoText: 'iLearn+ HCC',
      primaryColour: '#1d4f91',
      contactEmail: 'ilearn@hertfordshire.gov.uk',
      contactPhone: '01992 555557 (option 5)',
      contactHours: 'Monday to Friday, 9am to 5pm',
    });
    const pale = await createOrganisation({ name: 'Pale Council', primaryColour: '#ffff00' });
    const learner = await createUser({ organisationId: herts.id, email: 'brand.learner@example.org' });
    const paleLearner = await createUser({ organisationId: pale.id, email: 'pale.learner@example.org' });
    await sendUsernameReminder({ to: 'brand.learner@example.org', firstName: 'Bea', usernames: ['b1'] });
    await sendLoginDetails(
      {
        userId: learner.id,
        username: learner.username,
        temporaryPassword: 'Tmp7passWord',
        delivery: { kind: 'user', to: 'brand.learner@example.org', firstName: 'Bea' },
      },
      'reset',
    );
    await sendLoginDetails(
      {
        userId: paleLearner.id,
        username: paleLearner.username,
        temporaryPassword: 'Tmp6passWord',
        delivery: { kind: 'user', to: 'pale.learner@example.org', firstName: 'Pia' },
      },
      'reset',
    );
    await sendAccountRequestEmail({
      kind: 'confirm',
      to: 'new.starter@example.org',
      firstName: 'Nia',
      token: 'tok-brand',
      requestId: 2,
      organisationId: herts.id,
    });
    const [generic, branded] = await outbox('brand.learner@example.org');
    // No account named: the generic help address.
    expect(generic?.text).toContain('ilearn.support@ilearn.local');
    expect(generic?.text).not.toContain('hertfordshire');
    for (const email of [branded, (await outbox('new.starter@example.org'))[0]]) {
      expect(email?.text).toContain('iLearn+ HCC');
      expect(email?.text).toContain('Need help with iLearn+ at Hertfordshire County Council?');
      expect(email?.text).toContain('ilearn@hertfordshire.gov.uk');
      expect(email?.text).toContain('01992 555557 (option 5) (Monday to Friday, 9am to 5pm)');
      expect(email?.text).not.toContain('ilearn.support@ilearn.local');
      expect(email?.html).toMatch(/background-color:\s*#1d4f91/);
    }
    // A colour too pale behind white text falls back to the default dark header; no contacts → generic help.
    const [paleEmail] = await outbox('pale.learner@example.org');
    expect(paleEmail?.html).not.toMatch(/#ffff00/i);
    expect(paleEmail?.html).toMatch(/background-color:\s*#0b0c0c/);
    expect(paleEmail?.text).toContain('ilearn.support@ilearn.local');
  });
});

describe('account emails (through sendEmail into the outbox)', () => {
  it('sends the confirmation link, or a reminder when the address already has an account', async () => {
    await sendAccountRequestEmail({
      kind: 'confirm',
      to: 'alex@example.org',
      firstName: 'Alex',
      token: 'tok-123',
      requestId: 1,
      organisationId: null,
    });
    await sendAccountRequestEmail({
      kind: 'existing-account',
      to: 'alex@example.org',
      firstName: 'Alex',
      usernames: ['alex.morgan'],
    });
    const [confirm, existing] = await outbox('alex@example.org');
    expect(confirm).toMatchObject({
      template: 'account-request-confirm',
      subject: 'Confirm your email address for iLearn+',
    });
    expect(confirm?.html).toContain('/confirm-email/tok-123');
    expect(existing?.text).toContain('alex.morgan');
  });

  it('sends login details to the person, or to the manager for someone without email', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    await sendLoginDetails(
      {
        userId: a.id,
        username: 'jo.bloggs',
        temporaryPassword: 'Tmp9passWord',
        delivery: { kind: 'user', to: 'jo@example.org', firstName: 'Jo' },
      },
      'approved',
    );
    const viaManager = await sendLoginDetails(
      {
        userId: b.id,
        username: 'no.email',
        temporaryPassword: 'Tmp8passWord',
        delivery: { kind: 'manager', to: 'boss@example.org', managerFirstName: 'Mina', userName: 'Nora Email' },
      },
      'created',
    );
    expect(viaManager).toBe(true);
    expect(
      await sendLoginDetails(
        { userId: c.id, username: 'x', temporaryPassword: 'y', delivery: { kind: 'screen' } },
        'created',
      ),
    ).toBe(false);
    const [toUser] = await outbox('jo@example.org');
    expect(toUser?.text).toContain('jo.bloggs');
    expect(toUser?.text).toContain('Tmp9passWord');
    const [toManager] = await outbox('boss@example.org');
    expect(toManager?.subject).toBe('iLearn+ login details for Nora Email');
  });

  it('sends reset links, SSO notes, username reminders and rejections', async () => {
    const sam = await createUser();
    await sendPasswordResetEmails({
      resets: [
        { to: 'sam@example.org', userId: sam.id, firstName: 'Sam', username: '90011', token: 'reset-tok', minutes: 30 },
      ],
      ssoNotices: [{ to: 'sso@example.org', firstName: 'Sue' }],
    });
    await sendUsernameReminder({ to: 'pat@example.org', firstName: 'Pat', usernames: ['pat.one', 'pat.two'] });
    await sendRejection({ to: 'rex@example.org', firstName: 'Rex', reason: 'Not a partner organisation.' });
    expect((await outbox('sam@example.org'))[0]?.html).toContain('/reset-password/reset-tok');
    expect((await outbox('sso@example.org'))[0]?.text).toMatch(/automatic login/i);
    expect((await outbox('pat@example.org'))[0]?.text).toMatch(/pat\.one[\s\S]*pat\.two/);
    expect((await outbox('rex@example.org'))[0]?.text).toContain('Not a partner organisation.');
  });
});
