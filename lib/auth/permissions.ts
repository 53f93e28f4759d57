// Role checks. Pure functions over a Viewer (which getViewer re-reads from the database every request).
import { ForbiddenError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/viewer';

export function isLdAdmin(viewer: Viewer): boolean {
  return viewer.isSiteAdmin || viewer.ldTeamIds.length > 0;
}

export function canSeeAdmin(viewer: Viewer): boolean {
  return isLdAdmin(viewer);
}

/** An L&D admin may manage what their team owns; site admins may manage everything. */
export function canManageTeamItem(viewer: Viewer, ownerTeamId: number | null | undefined): boolean {
  if (viewer.isSiteAdmin) return true;
  return ownerTeamId != null && viewer.ldTeamIds.includes(ownerTeamId);
}

/** No viewer (a caller that forgot to pass one) is refused like anyone else who is not a site admin. */
export function assertSiteAdmin(viewer: Viewer | null | undefined): void {
  if (!viewer?.isSiteAdmin) throw new ForbiddenError();
}

export function assertLdAdmin(viewer: Viewer): void {
  if (!isLdAdmin(viewer)) throw new ForbiddenError();
}

export function assertCanManageTeamItem(viewer: Viewer, ownerTeamId: number | null | undefined): void {
  if (!canManageTeamItem(viewer, ownerTeamId)) throw new ForbiddenError();
}

/** A `where` fragment for items (programs, categories...) owned by a team the viewer manages; site admins: all. */
export function ownedByViewerTeams(viewer: Viewer): { ownerTeamId?: { in: number[] } } {
  return viewer.isSiteAdmin ? {} : { ownerTeamId: { in: viewer.ldTeamIds } };
}
