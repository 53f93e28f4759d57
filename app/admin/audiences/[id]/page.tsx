import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { AudienceForm } from '@/components/admin/audience-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getAudienceForEdit } from '@/lib/audiences/queries';
import { saveAudienceAction } from '../actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getAudienceForEdit(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await requireSiteAdminPage();
  const x = await load(viewer, parseIdParam((await params).id));
  return { title: `Edit audience: ${x.name}` };
}

export default async function EditAudiencePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const viewer = await requireSiteAdminPage();
  const { saved } = await searchParams;
  const id = parseIdParam((await params).id);
  const audience = await load(viewer, id);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Audiences', href: '/admin/audiences' },
          { label: audience.name },
        ]}
      />
      {saved ? (
        <NotificationBanner tone="success">
          Audience saved. It has {audience._count.members} members.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{audience.name}</h1>
      <AudienceForm
        action={saveAudienceAction}
        audience={{
          id: audience.id,
          name: audience.name,
          description: audience.description,
          kind: audience.kind,
          ruleAggregation: audience.ruleAggregation,
          members: audience.kind === 'STATIC' ? audience.members.map((m) => m.user.username).join('\n') : '',
          rules: audience.rules.map((r) => ({ field: r.field, operator: r.operator, value: r.value })),
        }}
      />
      <h2 className="mt-10 text-2xl font-bold">Members ({audience._count.members})</h2>
      <ul className="mt-2 list-disc pl-6">
        {audience.members.map((m) => (
          <li key={m.user.username}>
            {m.user.firstName} {m.user.lastName} ({m.user.username}){m.source === 'RULE' ? ' – matched the rules' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
