import { DashboardView } from '@/components/learning/dashboard-view';
import type { Viewer } from '@/lib/auth/viewer';
import { getDashboard } from '@/lib/records/dashboard';

/** The Home page content, loaded for the viewer. */
export async function MyLearningDashboard({ viewer }: { viewer: Viewer }) {
  const dashboard = await getDashboard(viewer, new Date());
  return <DashboardView dashboard={dashboard} firstName={viewer.firstName} />;
}
