import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getUserForAdmin, listLdTeams } from '@/lib/accounts/users-queries';
import { formatDateTime } from '@/lib/format';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { UserStatusTag } from '@/components/admin-accounts/user-status-tag';
import { InlineActionForm } from '@/components/admin-accounts/inline-action-form';
import { RolesForm } from '@/components/admin-accounts/roles-form';
import {
  reactivateUserAction,
  resetPasswordAction,
  setRolesAction,
  signOutEverywhereAction,
  suspendUserAction,
  unlockUserAction,
} from '../actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Account' };

const DONE: Record<string, string> = {
  updated: 'The details have been saved.',
  suspended: 'The account is suspended and every session has ended. The person cannot log in until you reactivate it.',
  reactivated: 'The account is active again.',
  unlocked: 'The account is unlocked. The person can log in again.',
  'signed-out': 'Every session of this account has ended. The person must log in again on every device.',
  roles: 'The roles have been saved.',
};

export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const viewer = await requireSiteAdminPage();
  const id = parseIdParam((await params).id);
  const done = DONE[(await searchParams).done ?? ''];
  const user = await pageOrNotFound(() => getUserForAdmin(viewer, id));
  const teams = await listLdTeams(viewer);
  // eslint-disable-next-line react-hooks/purity -- server component: "now" is the time of this request
  const locked = user.lockedUntil !== null && user.lockedUntil.getTime() > Date.now();
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <>
      <Breadcrumbs
        items={[{ label: 'Admin', href: '/admin' }, { label: 'Users', href: '/admin/users' }, { label: name }]}
      />
      {done ? <NotificationBanner tone="success">{done}</NotificationBanner> : null}
      <h1 className="mb-4 text-3xl font-bold">{name}</h1>
      <p className="mb-6">
        <UserStatusTag status={user.status} lockedUntil={user.lockedUntil} />
      </p>
      <h2 className="mb-2 text-2xl font-bold">Details</h2>
      <SummaryList
        className="mb-4"
        rows={[
          { key: 'Username', value: user.username },
          { key: 'Email', value: user.email ?? 'None (login details go to the manager)' },
          { key: 'Personnel number', value: user.personnelNumber },
          { key: 'Organisation', value: user.organisation.name },
          { key: 'Job title', value: user.job?.title },
          {
            key: 'Manager',
            value: user.job?.manager ? (
              <Link href={`/admin/users/${user.job.manager.id}`} className="text-[var(--link)] underline">
                {user.job.manager.firstName} {user.job.manager.lastName} ({user.job.manager.username})
              </Link>
            ) : (
              'None'
            ),
          },
          {
            key: 'Login method',
            value:
              user.authMethod === 'SSO'
                ? `Automatic login${user.ssoSubject ? ' (linked)' : ' (not linked yet)'}`
                : 'Manual login',
          },
          { key: 'Must change password', value: user.mustChangePassword ? 'Yes, at next login' : 'No' },
          { key: 'Last login', value: formatDateTime(user.lastLoginAt) || 'Never' },
          {
            key: 'Locked until',
            value: locked ? `${formatDateTime(user.lockedUntil)} (${user.failedLoginCount} failed attempts)` : null,
          },
        ]}
      />
      <p className="mb-8">
        <Link href={`/admin/users/${user.id}/edit`} className="text-[var(--link)] underline">
          Change details, job title or manager
        </Link>
      </p>

      <h2 className="mb-4 text-2xl font-bold">Access</h2>
      <div className="mb-8 grid gap-2 sm:grid-cols-2">
        {locked ? (
          <InlineActionForm action={unlockUserAction} fields={{ id: String(user.id) }} label="Unlock account" />
        ) : null}
        {user.authMethod === 'MANUAL' ? (
          <InlineActionForm
            action={resetPasswordAction}
            fields={{ id: String(user.id) }}
            label="Set a temporary password"
            pendingText="Sending…"
          />
        ) : null}
        <InlineActionForm
          action={signOutEverywhereAction}
          fields={{ id: String(user.id) }}
          label="Sign out everywhere"
        />
        {user.status === 'ACTIVE' ? (
          user.id === viewer.id ? null : (
            <InlineActionForm
              action={suspendUserAction}
              fields={{ id: String(user.id) }}
              label="Suspend account"
              variant="warning"
            />
          )
        ) : (
          <InlineActionForm action={reactivateUserAction} fields={{ id: String(user.id) }} label="Reactivate account" />
        )}
      </div>

      <h2 className="mb-4 text-2xl font-bold">Roles</h2>
      <RolesForm
        action={setRolesAction}
        userId={user.id}
        isSiteAdmin={user.isSiteAdmin}
        teamIds={user.teamMemberships.map((m) => m.teamId)}
        teams={teams}
      />

      <h2 className="mb-2 mt-8 text-2xl font-bold">Recent changes</h2>
      {user.audit.length === 0 ? (
        <p>No admin changes recorded yet.</p>
      ) : (
        <ul className="list-disc pl-6">
          {user.audit.map((entry) => (
            <li key={String(entry.id)}>
              {formatDateTime(entry.createdAt)}: {entry.action.replace(/^user\./, '').replaceAll('-', ' ')}
              {entry.actor ? ` by ${entry.actor.firstName} ${entry.actor.lastName}` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
