import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';
import { requirePageViewer } from '@/lib/auth/guards';
import { getRecordTabs } from '@/lib/records/queries';

export default async function RecordLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer('/record-of-learning');
  const tabs = await getRecordTabs(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Record of Learning' }]} />
      <h1 className="text-3xl font-bold">Record of Learning</h1>
      <TabLinks
        label="Record of Learning"
        tabs={[
          { href: '/record-of-learning', label: 'Courses' },
          ...(tabs.programs ? [{ href: '/record-of-learning/programs', label: 'Programs' }] : []),
          ...(tabs.certifications ? [{ href: '/record-of-learning/certifications', label: 'Certifications' }] : []),
          { href: '/record-of-learning/evidence', label: 'Other Evidence' },
        ]}
      />
      <div className="pt-6">{children}</div>
    </div>
  );
}
