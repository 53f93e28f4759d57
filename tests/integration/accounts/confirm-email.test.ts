/** @jest-environment node */
// Issue 9 item 6: opening the emailed link (a GET, as a mail scanner does) spends nothing; the button (a POST) spends
// the single-use token once.
import { isValidElement, type ReactNode } from 'react';
import { db } from '@/lib/db';
import { submitAccountRequest } from '@/lib/accounts/requests-commands';
import { accountRequestSchema } from '@/lib/accounts/schemas';
import { hashToken } from '@/lib/accounts/tokens';
import { ConfirmEmailForm } from '@/components/accounts/confirm-email-form';
import ConfirmEmailPage from '@/app/(auth)/confirm-email/[token]/page';
import { confirmEmailAction } from '@/app/(auth)/confirm-email/[token]/actions';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { createOrganisation } from '../../factories/accounts';

let token: string;
let requestId: number;

beforeAll(async () => {
  await resetDb();
  const org = await createOrganisation({ name: 'Partner Council' });
  const outcome = await submitAccountRequest(
    accountRequestSchema.parse({
      firstName: 'Alex',
      lastName: 'Morgan',
      email: 'alex.morgan@partner.example',
      organisationId: String(org.id),
      jobTitle: 'Care worker',
      managerName: 'Pat Lee',
      managerEmail: 'pat.lee@partner.example',
    }),
  );
  if (outcome.kind !== 'confirm') throw new Error(`unexpected ${outcome.kind}`);
  ({ token, requestId } = outcome);
});
// Requests and resets queue their emails (pg-boss): stop its connection too.
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

/** The button form the page shows, if any (the page is a server component: its tree is inspected, not rendered). */
function confirmForm(node: ReactNode): { token: string } | null {
  if (Array.isArray(node)) return node.map(confirmForm).find(Boolean) ?? null;
  if (!isValidElement<{ children?: ReactNode; token?: string }>(node)) return null;
  if (node.type === ConfirmEmailForm) return { token: String(node.props.token) };
  return confirmForm(node.props.children);
}

const state = async () => ({
  request: (await db.accountRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status,
  usedAt: (await db.authToken.findFirstOrThrow({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } }))
    .usedAt,
});

const post = (value: string) => {
  const fd = new FormData();
  fd.set('token', value);
  return confirmEmailAction(undefined, fd);
};

describe('confirm-email link', () => {
  it('opening the link (GET, even repeatedly) shows the button and leaves the token unspent', async () => {
    for (let i = 0; i < 3; i++) {
      const page = await ConfirmEmailPage({ params: Promise.resolve({ token }) });
      expect(confirmForm(page)).toEqual({ token });
    }
    expect(await state()).toEqual({ request: 'AWAITING_CONFIRMATION', usedAt: null });
  });

  it('a made-up token shows the expired page, without a button', async () => {
    const page = await ConfirmEmailPage({ params: Promise.resolve({ token: 'not-a-real-token' }) });
    expect(confirmForm(page)).toBeNull();
    expect(await post('not-a-real-token')).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
  });

  it('pressing the button (POST) spends the token once and sends the request for approval', async () => {
    const [first, second] = await Promise.all([post(token), post(token)]);
    const outcomes = [first, second].map((r) => r.ok);
    expect(outcomes.sort()).toEqual([false, true]);
    const winner = first.ok ? first : second;
    expect(winner).toEqual({ ok: true, data: { firstName: 'Alex' } });
    const after = await state();
    expect(after.request).toBe('PENDING');
    expect(after.usedAt).toBeInstanceOf(Date);
    expect(await post(token)).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
    const page = await ConfirmEmailPage({ params: Promise.resolve({ token }) });
    expect(confirmForm(page)).toBeNull();
  });
});
