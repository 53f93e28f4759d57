// Who is asking: resolved once per request from the session token and re-read from the database,
// so a suspended account, a revoked session or a changed role takes effect at once.
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { authOptions, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { asServiceError } from '@/lib/errors';
import { BRANDING_SELECT, getBranding, toBranding } from '@/lib/organisations/queries';
import type { Branding } from '@/lib/organisations/rules';
import { directReportAssignmentWhere } from '@/lib/team/scope';

export type Viewer = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string | null;
  organisationId: number;
  isSiteAdmin: boolean;
  /** L&D teams the viewer belongs to (may manage those teams' courses, sessions and reports). */
  ldTeamIds: number[];
  /** Has at least one direct report (sees My Team). */
  isManager: boolean;
  mustChangePassword: boolean;
  authMethod: 'MANUAL' | 'SSO';
};

/** Loads a viewer by id, checking the account is active and the session version still matches. */
export async function loadViewer(userId: number, sessionVersion: number): Promise<Viewer | null> {
  return (await loadSignedIn(userId, sessionVersion))?.viewer ?? null;
}

export type SignedIn = { viewer: Viewer; branding: Branding };

/**
 * The viewer and their organisation's branding in one statement: every signed-in page needs both (the task bar
 * and footer), so the per-request overhead is this and the required-learning check.
 */
export async function loadSignedIn(userId: number, sessionVersion: number): Promise<SignedIn | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      firstName: true,
      lastName: true,
      email: true,
      organisationId: true,
      isSiteAdmin: true,
      status: true,
      sessionVersion: true,
      mustChangePassword: true,
      authMethod: true,
      teamMemberships: { select: { teamId: true } },
      organisation: { select: BRANDING_SELECT },
      // The rule of lib/team/scope.ts: direct reports through their primary, current job assignment.
      _count: { select: { managedAssignments: { where: directReportAssignmentWhere() } } },
    },
  });
  if (!user || user.status !== 'ACTIVE' || user.sessionVersion !== sessionVersion) return null;
  const viewer: Viewer = {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    organisationId: user.organisationId,
    isSiteAdmin: user.isSiteAdmin,
    ldTeamIds: user.teamMemberships.map((m) => m.teamId),
    isManager: user._count.managedAssignments > 0,
    mustChangePassword: user.mustChangePassword,
    authMethod: user.authMethod,
  };
  return { viewer, branding: toBranding(user.organisation) };
}

const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const session = await getServerSession(authOptions);
  const uid = session?.user?.id;
  const sv = session?.user?.sv;
  if (typeof uid !== 'number' || typeof sv !== 'number') return null;
  if (typeof session?.authAt === 'number' && Date.now() / 1000 - session.authAt > SESSION_MAX_AGE_SECONDS) return null;
  try {
    return await loadSignedIn(uid, sv);
  } catch (error) {
    // Every page asks this first: an unreachable database becomes the "unavailable" page (503), not a 500.
    throw asServiceError(error);
  }
});

/** The signed-in person for this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => (await getSignedIn())?.viewer ?? null);

/**
 * The branding of the viewer's organisation for the page frame: the copy read with the viewer when it is this
 * request's viewer (no second statement), otherwise one read.
 */
export async function getShellBranding(viewer: Viewer): Promise<Branding> {
  const signedIn = await getSignedIn();
  if (signedIn && signedIn.viewer.id === viewer.id && signedIn.branding.organisationId === viewer.organisationId) {
    return signedIn.branding;
  }
  return getBranding(viewer.organisationId);
}
