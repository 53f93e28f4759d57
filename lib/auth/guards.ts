// Guards for pages and server actions. Pages redirect or 404; actions throw typed errors.
import { notFound, redirect } from 'next/navigation';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { canSeeAdmin } from '@/lib/auth/permissions';
import { ForbiddenError, NotFoundError, PasswordChangeRequiredError, UnauthenticatedError } from '@/lib/errors';

/** For pages: the viewer, or a redirect to the login page (then back here). */
export async function requirePageViewer(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  if (viewer.mustChangePassword) redirect('/change-password');
  return viewer;
}

/** For admin pages: L&D admins and site admins; anyone else gets "not found". */
export async function requireAdminPage(): Promise<Viewer> {
  const viewer = await requirePageViewer();
  if (!canSeeAdmin(viewer)) notFound();
  return viewer;
}

export async function requireSiteAdminPage(): Promise<Viewer> {
  const viewer = await requirePageViewer();
  if (!viewer.isSiteAdmin) notFound();
  return viewer;
}

/**
 * For pages: runs a lib read and turns "missing" and "not yours" (NotFoundError, ForbiddenError) into the
 * "not found" page, so another team's record is a 404, never a 500. Other errors go to the error page.
 */
export async function pageOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError && !(error instanceof PasswordChangeRequiredError)) notFound();
    throw error;
  }
}

/**
 * For server actions and route handlers: the viewer, or an error the caller turns into a message.
 * Someone still on a temporary password may do nothing but change it.
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await requireViewerWithTemporaryPassword();
  if (viewer.mustChangePassword) throw new PasswordChangeRequiredError();
  return viewer;
}

/** Only for changing the password itself: allowed while the password is temporary. */
export async function requireViewerWithTemporaryPassword(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}
