import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { formatBytes, STATUS_LABELS, STATUS_TONES } from '@/lib/notifications/format';
import { getOutboxEmail } from '@/lib/notifications/queries';
import { emailIdSchema } from '@/lib/notifications/schemas';
import { RetryEmailForm } from './retry-form';

export const metadata: Metadata = { title: 'Email' };

async function load(viewer: Viewer, rawId: string) {
  const id = emailIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  return pageOrNotFound(() => getOutboxEmail(viewer, id.data));
}

export default async function AdminEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireSiteAdminPage();
  const email = await load(viewer, (await params).id);
  const retried = (await searchParams).retried === '1';
  const recipientName = email.user ? `${email.user.firstName} ${email.user.lastName} (${email.user.username})` : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Emails', href: '/admin/emails' },
          { label: email.subject },
        ]}
      />
      <h1 className="mb-6 text-3xl font-bold break-words">{email.subject}</h1>
      {retried ? (
        <NotificationBanner tone="success">
          The email is queued to be sent again. Its status below changes once the worker has tried it: refresh the page
          to check.
        </NotificationBanner>
      ) : null}
      {email.status === 'FAILED' ? <RetryEmailForm id={email.id} /> : null}
      <SummaryList
        className="mb-8"
        rows={[
          { key: 'Status', value: <Tag tone={STATUS_TONES[email.status]}>{STATUS_LABELS[email.status]}</Tag> },
          { key: 'To', value: <span className="break-all">{email.toAddress}</span> },
          { key: 'Copied to', value: email.ccAddresses.length > 0 ? email.ccAddresses.join(', ') : null },
          { key: 'About', value: recipientName },
          { key: 'Template', value: email.template },
          { key: 'Created', value: formatDateTime(email.createdAt) },
          { key: 'Sent', value: email.sentAt ? formatDateTime(email.sentAt) : 'Not sent' },
          { key: 'Attempts', value: String(email.attempts) },
          { key: 'Last error', value: email.lastError },
          { key: 'Provider message id', value: email.providerId },
        ]}
      />

      {email.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading" className="mb-8">
          <h2 id="attachments-heading" className="mb-2 text-2xl font-bold">
            Attachments
          </h2>
          <ul className="list-disc pl-6">
            {email.attachments.map((attachment) => (
              <li key={attachment.index} className="py-1">
                <a
                  href={`/admin/emails/${email.id}/attachments/${attachment.index}`}
                  className="text-[var(--link)] underline"
                  download={attachment.filename}
                >
                  {attachment.filename}
                </a>{' '}
                <span className="text-slate-600">
                  ({attachment.contentType.split(';')[0]}, {formatBytes(attachment.sizeBytes)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="message-heading" className="mb-8">
        <h2 id="message-heading" className="mb-2 text-2xl font-bold">
          Message as sent
        </h2>
        {/* Rendered in a sandbox with no permissions: no scripts, no forms, no access to this page. */}
        <iframe
          title={`Email: ${email.subject}`}
          srcDoc={email.html}
          sandbox=""
          referrerPolicy="no-referrer"
          className="h-[36rem] w-full border-2 border-slate-300 bg-white"
        />
      </section>

      <details className="mb-8">
        <summary className="min-h-11 cursor-pointer py-2 text-lg text-[var(--link)] underline">
          Plain-text version
        </summary>
        <pre className="mt-2 overflow-x-auto bg-slate-100 p-4 text-sm whitespace-pre-wrap">{email.text}</pre>
      </details>
    </>
  );
}
