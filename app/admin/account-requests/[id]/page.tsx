import type { Metadata } from 'next';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getAccountRequest, listOrganisationOptions } from '@/lib/accounts/requests-queries';
import { formatDateTime } from '@/lib/format';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { DecideRequestForms } from '@/components/admin-accounts/decide-request-forms';
import { approveRequestAction, rejectRequestAction } from '../actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Account request' };

const STATUS = {
  AWAITING_CONFIRMATION: <Tag tone="grey">Email not confirmed</Tag>,
  PENDING: <Tag tone="blue">Waiting for approval</Tag>,
  APPROVED: <Tag tone="green">Approved</Tag>,
  REJECTED: <Tag tone="red">Rejected</Tag>,
};

export default async function AccountRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSiteAdminPage();
  const id = parseIdParam((await params).id);
  const request = await pageOrNotFound(() => getAccountRequest(viewer, id));
  const organisations = (await listOrganisationOptions()).map((o) => ({ value: String(o.id), label: o.name }));
  const name = `${request.firstName} ${request.lastName}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Account requests', href: '/admin/account-requests' },
          { label: name },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Account request from {name}</h1>
      <p className="mb-6">{STATUS[request.status]}</p>
      <SummaryList
        className="mb-8"
        rows={[
          { key: 'Email', value: request.email },
          {
            key: 'Email confirmed',
            value: request.emailConfirmedAt ? formatDateTime(request.emailConfirmedAt) : 'Not yet',
          },
          { key: 'Phone', value: request.phone },
          {
            key: 'Organisation',
            value:
              request.organisation?.name ??
              (request.organisationOther ? `${request.organisationOther} (not in the list)` : null),
          },
          { key: 'Job title', value: request.jobTitle },
          { key: 'Workplace or team', value: request.workplace },
          {
            key: 'Manager',
            value: `${request.managerName} (${request.managerEmail})${request.managerMatch ? `: has the account ${request.managerMatch.username}, who becomes the manager` : ': has no iLearn+ account, so no manager will be set'}`,
          },
          { key: 'Reason', value: request.reason },
          { key: 'Requested', value: formatDateTime(request.createdAt) },
          {
            key: 'Decided',
            value: request.decidedAt
              ? `${formatDateTime(request.decidedAt)}${request.decidedBy ? ` by ${request.decidedBy.firstName} ${request.decidedBy.lastName}` : ''}`
              : null,
          },
          { key: 'Rejection reason', value: request.rejectionReason },
        ]}
      />
      {request.status === 'PENDING' ? (
        <DecideRequestForms
          requestId={request.id}
          organisations={organisations}
          organisationId={request.organisationId ? String(request.organisationId) : ''}
          approve={approveRequestAction}
          reject={rejectRequestAction}
        />
      ) : null}
    </>
  );
}
