// Pure enrolment rules: may a learner self-enrol now, and what the priced-course confirmation requires.

export type SelfEnrolmentInput = {
  startsAt: Date | null;
  endsAt: Date | null;
  maxEnrolled: number | null;
  enrolledCount: number;
  inAudience: boolean;
  archived: boolean;
};

/** Why self-enrolment is closed right now, or null when the learner may enrol. */
export function selfEnrolmentBlock(m: SelfEnrolmentInput, now: Date): string | null {
  if (m.archived) return 'This course is archived and no longer takes enrolments.';
  if (!m.inAudience)
    return 'This course is only open to a particular group of staff. Contact the course team if you think you should have access.';
  if (m.startsAt && now < m.startsAt) return 'Enrolment for this course has not opened yet.';
  if (m.endsAt && now > m.endsAt) return 'Enrolment for this course has closed.';
  if (m.maxEnrolled != null && m.maxEnrolled > 0 && m.enrolledCount >= m.maxEnrolled) {
    return 'This course is full. No more people can enrol.';
  }
  return null;
}

/** A course with a cost needs the learner to confirm the spend is agreed before enrolling. */
export function needsCostConfirmation(costPence: number | null): boolean {
  return costPence != null && costPence > 0;
}
