import type { Metadata } from 'next';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { getSystemStatus } from '@/lib/platform/status';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';

export const metadata: Metadata = { title: 'System status' };

export default async function SystemStatusPage() {
  const viewer = await requireSiteAdminPage();
  const status = await getSystemStatus(viewer);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">System status</h1>
      <SummaryList
        rows={[
          { key: 'Database', value: status.database.engine },
          {
            key: 'Database migrations',
            value: `${status.database.migrations} applied${status.database.lastMigration ? ` (latest: ${status.database.lastMigration})` : ''}`,
          },
          {
            key: 'Email delivery',
            value:
              status.email.mode === 'Resend'
                ? 'Sent through Resend'
                : 'No email provider is configured: emails are kept in the outbox for admins to read',
          },
          {
            key: 'Browser for certificate PDFs',
            value: status.browser.path ? (
              <>
                <Tag tone="green">Available</Tag> <code className="ml-2">{status.browser.path}</code>
              </>
            ) : (
              <>
                <Tag tone="red">Not found</Tag>
                <p className="mt-2">
                  Certificates cannot be turned into PDFs until a Chromium browser is installed on the server.
                </p>
                <pre className="mt-2 overflow-x-auto bg-slate-100 p-3 text-sm whitespace-pre-wrap">
                  {status.browser.hint}
                </pre>
              </>
            ),
          },
          { key: 'Time zone for dates', value: status.displayTimeZone },
        ]}
      />
    </>
  );
}
