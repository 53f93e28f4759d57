// Who may see and book a workshop: course visibility and prerequisites come from the completion capability;
// the workshop's own eligibility audience is checked here.
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess, type ActivityAccess } from '@/lib/completion/queries';
import { canSelfEnrolWithoutCost } from '@/lib/enrolment/queries';
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

export type Bookability = {
  /** Enrolled with the restrictions met, or able to enrol as part of signing up. */
  open: boolean;
  /** In the workshop's eligibility audience (if it has one). */
  eligible: boolean;
  canBook: boolean;
  /** Not enrolled yet, but the course takes self-enrolment with nothing to confirm: signing up enrols them. */
  enrolOnSignUp: boolean;
  /** Why they cannot book, in plain English (empty when they can). */
  blockers: string[];
};

/** Whether the viewer may book a session of this workshop, enrolling on the course as part of it where allowed. */
export async function workshopBookability(
  viewer: Viewer,
  access: ActivityAccess,
  eligibleAudienceId: number | null,
  client: Client = db,
): Promise<Bookability> {
  const [eligible, selfEnrol] = await Promise.all([
    isEligible(viewer.id, eligibleAudienceId, client),
    !access.enrolled && access.restrictionsMet ? canSelfEnrolWithoutCost(viewer, access.course.id) : false,
  ]);
  const open = access.available || selfEnrol;
  return {
    open,
    eligible,
    canBook: open && eligible,
    enrolOnSignUp: selfEnrol,
    blockers: [
      ...(open ? [] : access.lockedReasons),
      ...(eligible ? [] : ['This workshop is only open to a specific group of staff']),
    ],
  };
}

/**
 * Throws a UserError saying why the viewer cannot book this workshop (not enrolled on a course they cannot enrol
 * on themselves, prerequisites, audience). Otherwise says whether the sign-up must enrol them on the course.
 */
export async function assertActivityBookable(
  viewer: Viewer,
  activityId: number,
  eligibleAudienceId: number | null,
  client: Client = db,
): Promise<{ courseId: number; enrolOnSignUp: boolean }> {
  const access = await getWorkshopAccess(viewer, activityId);
  const bookable = await workshopBookability(viewer, access, eligibleAudienceId, client);
  if (!bookable.open)
    throw new UserError(access.lockedReasons.join('. ') || 'This workshop is not available to you yet.');
  if (!bookable.eligible) {
    throw new UserError(
      'This workshop is only open to a specific group of staff. Contact the learning and development team if you think you should be able to book.',
    );
  }
  return { courseId: access.course.id, enrolOnSignUp: bookable.enrolOnSignUp };
}
