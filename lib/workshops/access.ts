// Who may see and book a workshop: course visibility and prerequisites come from the completion capability;
// the workshop's own eligibility audience is checked here.
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess, type ActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Client } from '@/lib/workshops/booking';

/** The activity access for a WORKSHOP activity (NotFoundError for any other type or when hidden). */
export async function getWorkshopAccess(viewer: Viewer, activityId: number): Promise<ActivityAccess> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'WORKSHOP') throw new NotFoundError('We could not find that workshop.');
  return access;
}

export async function isEligible(userId: number, audienceId: number | null, client: Client = db): Promise<boolean> {
  if (audienceId == null) return true;
  const member = await client.audienceMember.findUnique({
    where: { audienceId_userId: { audienceId, userId } },
    select: { userId: true },
  });
  return member != null;
}

/** Throws a UserError saying why the viewer cannot book this workshop (not enrolled, prerequisites, audience). */
export async function assertActivityBookable(
  viewer: Viewer,
  activityId: number,
  eligibleAudienceId: number | null,
  client: Client = db,
): Promise<void> {
  const access = await getWorkshopAccess(viewer, activityId);
  if (!access.available)
    throw new UserError(access.lockedReasons.join('. ') || 'This workshop is not available to you yet.');
  if (!(await isEligible(viewer.id, eligibleAudienceId, client))) {
    throw new UserError(
      'This workshop is only open to a specific group of staff. Contact the learning and development team if you think you should be able to book.',
    );
  }
}
