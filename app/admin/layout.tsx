import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { adminSectionsFor } from '@/components/admin/admin-sections';
import { AdminSubNav } from '@/components/admin/admin-sub-nav';
import { AppShell } from '@/components/layout/app-shell';
import { requestPath } from '@/components/layout/request-path';
import { requirePageViewer } from '@/lib/auth/guards';
import { canSeeAdmin } from '@/lib/auth/permissions';

// Every admin page's title says it is Admin: "Edit course: Fire Safety – Admin – iLearn+".
export const metadata: Metadata = { title: { template: '%s – Admin – iLearn+', default: 'Admin – iLearn+' } };

// A convenience gate: each admin page and lib/ command checks permissions again.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer(await requestPath());
  if (!canSeeAdmin(viewer)) notFound();
  const sections = adminSectionsFor(viewer);
  return (
    <AppShell viewer={viewer}>
      <div className="gap-8 md:grid md:grid-cols-[14rem_minmax(0,1fr)]">
        <AdminSubNav sections={sections} />
        <div className="min-w-0">{children}</div>
      </div>
    </AppShell>
  );
}
