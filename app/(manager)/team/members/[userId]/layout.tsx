import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';
import { requireDirectReportPage } from '@/lib/team/page-guards';

type Props = { children: ReactNode; params: Promise<{ userId: string }> };

/** A direct report's pages (read-only): only their manager gets past the guard; everyone else gets "not found". */
export default async function TeamMemberLayout({ children, params }: Props) {
  const { userId } = await params;
  const { report } = await requireDirectReportPage(userId);
  const base = `/team/members/${report.id}`;
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Home', href: '/' }, { label: 'My Team', href: '/team' }, { label: report.name }]}
      />
      <h1 className="text-3xl font-bold">{report.name}</h1>
      <p className="mt-2 text-lg">You can see this because {report.name} reports to you. You cannot change it here.</p>
      <TabLinks
        label={`${report.name}'s learning`}
        tabs={[
          { href: base, label: 'Profile' },
          { href: `${base}/bookings`, label: 'Bookings' },
          { href: `${base}/records`, label: 'Record of Learning' },
          { href: `${base}/required`, label: 'Required Learning' },
        ]}
      />
      <div className="pt-6">{children}</div>
    </div>
  );
}
