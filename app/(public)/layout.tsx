import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { PublicShell } from '@/components/layout/public-shell';
import { getViewer } from '@/lib/auth/viewer';

// Pages anyone may read (help, accessibility): in the signed-in shell when possible, otherwise the public one.
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (viewer && !viewer.mustChangePassword) return <AppShell viewer={viewer}>{children}</AppShell>;
  return <PublicShell>{children}</PublicShell>;
}
