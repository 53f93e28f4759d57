import type { Metadata } from 'next';
import { OrganisationBrandingForm } from '@/components/admin/organisation-branding-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getOrganisationForAdmin } from '@/lib/organisations/queries';
import { helpHtmlToParagraphs } from '@/lib/organisations/rules';
import { updateOrganisationBrandingAction } from './actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Organisation branding' };

export default async function OrganisationBrandingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSiteAdminPage();
  const id = parseIdParam((await params).id);
  const org = await pageOrNotFound(() => getOrganisationForAdmin(viewer, id));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Organisations', href: '/admin/organisations' },
          { label: org.name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{org.name}</h1>
      <p className="mb-6 text-lg">
        The brand and help details everyone in {org.shortName} sees in the task bar, footer and Help page.
      </p>
      <OrganisationBrandingForm
        action={updateOrganisationBrandingAction}
        initial={{
          id: org.organisationId,
          logoText: org.logoText,
          primaryColour: org.primaryColour,
          accentColour: org.accentColour,
          contactEmail: org.contactEmail ?? '',
          contactPhone: org.contactPhone ?? '',
          contactHours: org.contactHours ?? '',
          // Older records may hold HTML: edit it as the plain text the Help page displays.
          helpHtml: helpHtmlToParagraphs(org.helpHtml).join('\n'),
          dashboardBlocks: org.dashboardBlocks,
        }}
      />
    </>
  );
}
