import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requestPath } from '@/components/layout/request-path';
import { requirePageViewer } from '@/lib/auth/guards';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer(await requestPath());
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
