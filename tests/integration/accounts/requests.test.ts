/** @jest-environment node */
import { db } from '@/lib/db';
import { getAccountRequest, listAccountRequests } from '@/lib/accounts/requests-queries';
import {
  approveAccountRequest,
  confirmAccountRequestEmail,
  rejectAccountRequest,
  submitAccountRequest,
} from '@/lib/accounts/requests-commands';
import { accountRequestSchema, type AccountRequestInput } from '@/lib/accounts/schemas';
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/viewer';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { createLdAdmin, createOrganisation, createSiteAdmin, createUser, viewerOf } from '../../factories/accounts';

let admin: Viewer;
let orgId: number;

beforeAll(async () => {
  await resetDb();
  admin = (await createSiteAdmin()).viewer;
  orgId = (await createOrganisation({ name: 'Partner Council' })).id;
});
// Requests and resets queue their emails (pg-boss): stop its connection too.
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

let n = 0;
function form(over: Record<string, string> = {}): AccountRequestInput {
  n += 1;
  return accountRequestSchema.parse({
    firstName: 'Alex',
    lastName: 'Morgan',
    email: `alex.morgan${n}@partner.example`,
    organisationId: String(orgId),
    jobTitle: 'Care worker',
    managerName: 'Pat Lee',
    managerEmail: 'pat.lee@partner.example',
    ...over,
  });
}

async function confirmedRequest(over: Record<string, string> = {}) {
  const outcome = await submitAccountRequest(form(over));
  if (outcome.kind !== 'confirm') throw new Error(`unexpected ${outcome.kind}`);
  await confirmAccountRequestEmail(outcome.token);
  return outcome.requestId;
}

describe('request form validation', () => {
  it('names every missing required field with a clear message', () => {
    const result = accountRequestSchema.safeParse({ organisationId: 'other' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'email', 'jobTitle', 'managerName', 'managerEmail']),
    );
    const other = accountRequestSchema.safeParse({ ...form(), organisationId: 'other' });
    expect(other.error?.issues[0]).toMatchObject({
      path: ['organisationOther'],
      message: 'Enter the name of your organisation',
    });
  });
});

describe('account request journey', () => {
  it('needs email confirmation before it reaches the approval queue', async () => {
    const outcome = await submitAccountRequest(form());
    expect(outcome.kind).toBe('confirm');
    if (outcome.kind !== 'confirm') return;
    expect((await listAccountRequests(admin)).rows.map((r) => r.id)).not.toContain(outcome.requestId);
    expect(await confirmAccountRequestEmail(outcome.token)).toEqual({
      requestId: outcome.requestId,
      firstName: 'Alex',
    });
    expect((await listAccountRequests(admin)).rows.map((r) => r.id)).toContain(outcome.requestId);
    expect(await confirmAccountRequestEmail(outcome.token)).toBeNull();
  });

  it('approval creates an account with a temporary password that must be changed, linked to the manager', async () => {
    const manager = await createUser({ email: 'real.manager@partner.example' });
    const id = await confirmedRequest({
      firstName: 'Jo',
      lastName: 'Bloggs',
      managerEmail: 'Real.Manager@partner.example',
    });
    const approval = await approveAccountRequest(admin, { id, organisationId: orgId });
    expect(approval.username).toBe('jo.bloggs');
    const user = await db.user.findUniqueOrThrow({ where: { id: approval.userId }, include: { jobAssignments: true } });
    expect(user).toMatchObject({ mustChangePassword: true, organisationId: orgId, status: 'ACTIVE' });
    expect(user.jobAssignments[0]).toMatchObject({ title: 'Care worker', managerId: manager.id });
    expect(
      (await signInWithPassword({ username: 'jo.bloggs', password: approval.temporaryPassword, ip: null })).ok,
    ).toBe(true);
    expect((await getAccountRequest(admin, id)).status).toBe('APPROVED');
    expect(await db.auditLog.count({ where: { action: 'account-request.approved', entityId: String(id) } })).toBe(1);
    // A second person with the same name gets the next free username.
    const again = await confirmedRequest({ firstName: 'Jo', lastName: 'Bloggs' });
    expect((await approveAccountRequest(admin, { id: again, organisationId: orgId })).username).toBe('jo.bloggs2');
  });

  it('rejection records the reason; a decided request cannot be decided again', async () => {
    const id = await confirmedRequest();
    const rejected = await rejectAccountRequest(admin, {
      id,
      reason: 'Please ask your manager to request access for you.',
    });
    expect(rejected.reason).toMatch(/ask your manager/);
    await expect(approveAccountRequest(admin, { id, organisationId: orgId })).rejects.toThrow(ConflictError);
    await expect(rejectAccountRequest(admin, { id, reason: 'again' })).rejects.toThrow(ConflictError);
  });

  it('lets only one of two parallel approvals create an account', async () => {
    const id = await confirmedRequest({ firstName: 'Twin', lastName: 'Approve' });
    const results = await Promise.allSettled([
      approveAccountRequest(admin, { id, organisationId: orgId }),
      approveAccountRequest(admin, { id, organisationId: orgId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { firstName: 'Twin', lastName: 'Approve' } })).toBe(1);
  });
});

describe('duplicates and existing accounts', () => {
  it('an address that already has an account gets a reminder instead of a new request', async () => {
    const existing = await createUser({ email: 'has.account@partner.example' });
    const outcome = await submitAccountRequest(form({ email: 'Has.Account@partner.example' }));
    expect(outcome).toEqual({
      kind: 'existing-account',
      to: 'has.account@partner.example',
      firstName: 'Alex',
      usernames: [existing.username],
    });
  });

  it('re-sending an unconfirmed request updates it rather than duplicating; a pending one is not duplicated', async () => {
    const first = await submitAccountRequest(form({ email: 'twice@partner.example' }));
    const second = await submitAccountRequest(form({ email: 'twice@partner.example', jobTitle: 'Team leader' }));
    expect(first.kind === 'confirm' && second.kind === 'confirm' && first.requestId === second.requestId).toBe(true);
    if (second.kind !== 'confirm') return;
    await confirmAccountRequestEmail(second.token);
    expect(await submitAccountRequest(form({ email: 'twice@partner.example' }))).toMatchObject({
      kind: 'already-pending',
    });
    expect(await db.accountRequest.count({ where: { email: 'twice@partner.example' } })).toBe(1);
    expect((await getAccountRequest(admin, second.requestId)).jobTitle).toBe('Team leader');
  });

  it('two parallel submissions with the same email create one open request', async () => {
    await Promise.all([
      submitAccountRequest(form({ email: 'race@partner.example' })),
      submitAccountRequest(form({ email: 'race@partner.example' })),
    ]);
    expect(await db.accountRequest.count({ where: { email: 'race@partner.example' } })).toBe(1);
  });

  it('refuses approval when an account with the email appeared after the request', async () => {
    const id = await confirmedRequest({ email: 'late.clash@partner.example' });
    await createUser({ email: 'late.clash@partner.example' });
    await expect(approveAccountRequest(admin, { id, organisationId: orgId })).rejects.toThrow(/already exists/);
    expect((await getAccountRequest(admin, id)).status).toBe('PENDING');
  });
});

describe('permissions', () => {
  it('only site admins can list, view, approve or reject requests', async () => {
    const id = await confirmedRequest();
    const ld = (await createLdAdmin()).viewer;
    const learner = await viewerOf(await createUser());
    for (const viewer of [ld, learner]) {
      await expect(listAccountRequests(viewer)).rejects.toThrow(ForbiddenError);
      await expect(getAccountRequest(viewer, id)).rejects.toThrow(ForbiddenError);
      await expect(approveAccountRequest(viewer, { id, organisationId: orgId })).rejects.toThrow(ForbiddenError);
      await expect(rejectAccountRequest(viewer, { id, reason: 'no' })).rejects.toThrow(ForbiddenError);
    }
    expect((await getAccountRequest(admin, id)).status).toBe('PENDING');
  });
});
