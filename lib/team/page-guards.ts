// Page guards for My Team: pages answer "not found" to anyone who is not a manager or not this person's manager.
// Cached per request, so a layout and its page check once between them (each still checks: Next renders them apart).
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { pageOrNotFound, requirePageViewer } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import { parseIdParam } from '@/lib/validation';
import { requireDirectReport, type DirectReport } from './scope';

/** For the My Team tabs: a manager (someone with direct reports), else "not found". */
export async function requireManagerPage(returnTo: string): Promise<Viewer> {
  const viewer = await requirePageViewer(returnTo);
  if (!viewer.isManager) notFound();
  return viewer;
}

/** For a team member's pages: the viewer and the direct report named in the URL, else "not found". */
export const requireDirectReportPage = cache(
  async (rawUserId: string | string[] | undefined): Promise<{ viewer: Viewer; report: DirectReport }> => {
    const viewer = await requirePageViewer('/team');
    const userId = parseIdParam(rawUserId);
    const report = await pageOrNotFound(() => requireDirectReport(viewer, userId));
    return { viewer, report };
  },
);
