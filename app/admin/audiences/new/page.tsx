import type { Metadata } from 'next';
import { AudienceForm } from '@/components/admin/audience-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { saveAudienceAction } from '../actions';

export const metadata: Metadata = { title: 'Add an audience' };

export default async function NewAudiencePage() {
  await requireSiteAdminPage();
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Audiences', href: '/admin/audiences' },
          { label: 'Add an audience' },
        ]}
      />
      <h1 className="text-3xl font-bold">Add an audience</h1>
      <AudienceForm action={saveAudienceAction} />
    </div>
  );
}
