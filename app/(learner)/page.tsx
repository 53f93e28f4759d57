import type { Metadata } from 'next';
import { MyLearningDashboard } from '@/components/learning/dashboard';
import { requirePageViewer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'My Learning' };

export default async function HomePage() {
  const viewer = await requirePageViewer('/');
  return <MyLearningDashboard viewer={viewer} />;
}
