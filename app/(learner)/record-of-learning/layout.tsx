import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';
import { requirePageViewer } from '@/lib/auth/guards';
import { getRecordTabs } from '@/lib/records/queries';

const DOWNLOAD = 'inline-flex min-h-11 items-center text-[var(--link)] underline underline-offset-2';

/** Links to the learner's whole record as files, for an audit or a new job. */
function RecordDownloads() {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-4">
      <span>Download your whole record:</span>
      <a href="/record-of-learning/export/pdf" download className={DOWNLOAD}>
        PDF<span className="sr-only"> of your Record of Learning</span>
      </a>
      <a href="/record-of-learning/export/xlsx" download className={DOWNLOAD}>
        Excel (.xlsx)<span className="sr-only"> of your Record of Learning</span>
      </a>
      <a href="/record-of-learning/export/csv" download className={DOWNLOAD}>
        CSV<span className="sr-only"> of your Record of Learning</span>
      </a>
    </p>
  );
}

export default async function RecordLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer('/record-of-learning');
  const tabs = await getRecordTabs(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Record of Learning' }]} />
      <h1 className="text-3xl font-bold">Record of Learning</h1>
      <RecordDownloads />
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
