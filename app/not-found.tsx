import type { Metadata } from 'next';
import { AppShell } from '@/components/layout/app-shell';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { PublicShell } from '@/components/layout/public-shell';
import { getViewer } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Page not found' };

// Addresses no route matches render here, outside every group layout: signed-in people keep their task bar.
// notFound() inside a group renders that group's not-found.tsx instead, within the group's shell.
export default async function NotFound() {
  const viewer = await getViewer();
  if (viewer && !viewer.mustChangePassword)
    return (
      <AppShell viewer={viewer}>
        <NotFoundContent />
      </AppShell>
    );
  return (
    <PublicShell>
      <NotFoundContent />
    </PublicShell>
  );
}
