import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';

export const metadata: Metadata = { title: 'Page not found' };

// Inside this group's layout, which already renders the shell (one main, one navigation, one footer).
export default function NotFound() {
  return <NotFoundContent />;
}
