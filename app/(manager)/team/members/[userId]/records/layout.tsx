import type { ReactNode } from 'react';
import { TabLinks } from '@/components/ui/tabs';
import { getRecordTabs } from '@/lib/records/queries';
import { requireDirectReportPage } from '@/lib/team/page-guards';

type Props = { children: ReactNode; params: Promise<{ userId: string }> };

export default async function TeamMemberRecordLayout({ children, params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const tabs = await getRecordTabs(report.owner);
  const base = `/team/members/${report.id}/records`;
  return (
    <div>
      <h2 className="text-2xl font-bold">Record of Learning</h2>
      <TabLinks
        label={`${report.name}'s Record of Learning`}
        tabs={[
          { href: base, label: 'Courses' },
          ...(tabs.programs ? [{ href: `${base}/programs`, label: 'Programs' }] : []),
          ...(tabs.certifications ? [{ href: `${base}/certifications`, label: 'Certifications' }] : []),
        ]}
      />
      <div className="pt-6">{children}</div>
    </div>
  );
}
