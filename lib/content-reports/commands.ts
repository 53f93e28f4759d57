// "Report a problem with this content" writes. A learner who may see a course reports a problem with it (or one of
// its activities); the report is stored and, in the same transaction, an email to the owning team (copied to the
// course's contact when that is another address) is queued in the outbox. The owning team marks a report resolved,
// with an optional note that is emailed to the learner. Guards only read; writes check the course first.
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { contentReportResolvedEmail, contentReportTeamEmail } from '@/emails/content-report-email';
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { courseVisibleWhere } from '@/lib/catalogue/visibility';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { prepareEmail, sendEmailWithin, wakeEmailWorkers } from '@/lib/notifications/send-email';
import type { ReportContentProblemInput, ResolveContentReportInput } from './schemas';

/** A person may send this many reports an hour (a few real problems, not a flood of email to a team). */
export const REPORTS_PER_HOUR = 10;

let limiter: RateLimiterPrisma | undefined;
function reportLimiter(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: 'rateLimiterFlexible',
    keyPrefix: 'content-report',
    points: REPORTS_PER_HOUR,
    duration: 3600,
    clearExpiredByTimeout: false,
  });
  return limiter;
}

/** Where a report goes: the owning team's address, with the course contact copied when it differs. */
export function reportRecipients(course: {
  contactEmail: string | null;
  ownerTeam: { email: string | null } | null;
}): { to: string; cc: string[] } | null {
  const team = course.ownerTeam?.email?.trim().toLowerCase() || null;
  const contact = course.contactEmail?.trim().toLowerCase() || null;
  if (team) return { to: team, cc: contact && contact !== team ? [contact] : [] };
  return contact ? { to: contact, cc: [] } : null;
}

export type ReportResult = { id: number; sentTo: string | null };

/** Stores the viewer's report on a course they may see and queues the team's email with it. */
export async function reportContentProblem(
  viewer: Viewer,
  input: ReportContentProblemInput,
  now = new Date(),
): Promise<ReportResult> {
  const course = await db.course.findFirst({
    where: { AND: [{ id: input.courseId }, courseVisibleWhere(viewer)] },
    select: {
      id: true,
      fullName: true,
      contactEmail: true,
      ownerTeam: { select: { name: true, email: true } },
      activities: input.activityId
        ? { where: { id: input.activityId, visible: true }, select: { id: true, name: true } }
        : false,
    },
  });
  if (!course) throw new NotFoundError('We could not find that course.');
  let where: string | null = null;
  if (input.activityId) {
    const activity = course.activities?.[0];
    if (!activity) throw new ValidationError({ activityId: 'Choose a part of this course from the list' });
    where = activity.name;
  }
  try {
    await reportLimiter().consume(String(viewer.id));
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw new UserError(
        `You have sent ${REPORTS_PER_HOUR} reports in the last hour. Please wait a while before sending another.`,
      );
    throw error;
  }
  const recipients = reportRecipients(course);
  const appUrl = env.appUrl.replace(/\/$/, '');
  await prepareEmail();
  const report = await db.$transaction(async (tx) => {
    const created = await tx.contentProblemReport.create({
      data: { courseId: course.id, userId: viewer.id, where, message: input.message, createdAt: now },
      select: { id: true },
    });
    if (recipients) {
      const who = `${viewer.firstName} ${viewer.lastName} (${viewer.username})`;
      await sendEmailWithin(tx, {
        to: recipients.to,
        cc: recipients.cc,
        template: contentReportTeamEmail,
        props: {
          subject: `Problem reported with ${course.fullName}`,
          title: `A learner reported a problem with ${course.fullName}`,
          paragraphs: [
            `${who} reported a problem with this course. Reply to them${viewer.email ? ` at ${viewer.email}` : ''} if you need more detail, and mark the report resolved in Admin when it is dealt with.`,
          ],
          details: [
            { label: 'Course', value: course.fullName },
            { label: 'Where', value: where ?? 'The course in general' },
            { label: 'Problem', value: input.message },
          ],
          action: { label: 'Open the report', url: `${appUrl}/admin/content-reports/${created.id}` },
          appUrl,
        },
        dedupeKey: `content-report-team:${created.id}`,
        organisationId: viewer.organisationId,
      });
    }
    return created;
  });
  if (recipients) wakeEmailWorkers();
  return {
    id: report.id,
    sentTo: recipients ? (course.ownerTeam?.email ? course.ownerTeam.name : 'the course contact') : null,
  };
}

/**
 * The owning team marks a report resolved (once: a second click or another admin's tab changes nothing and
 * returns false). The learner is emailed, with the note when there is one.
 */
export async function resolveContentReport(
  viewer: Viewer,
  input: ResolveContentReportInput,
  now = new Date(),
): Promise<{ resolved: boolean }> {
  const report = await db.contentProblemReport.findUnique({
    where: { id: input.reportId },
    select: {
      id: true,
      courseId: true,
      userId: true,
      where: true,
      message: true,
      user: { select: { firstName: true, email: true } },
      course: { select: { fullName: true } },
    },
  });
  if (!report) throw new NotFoundError('We could not find that report.');
  await requireCourseManager(viewer, report.courseId);
  const appUrl = env.appUrl.replace(/\/$/, '');
  await prepareEmail();
  const resolved = await db.$transaction(async (tx) => {
    const { count } = await tx.contentProblemReport.updateMany({
      where: { id: report.id, status: 'OPEN' },
      data: { status: 'RESOLVED', resolvedAt: now, resolvedById: viewer.id, resolutionNote: input.note },
    });
    if (count === 0) return false;
    if (report.user.email) {
      await sendEmailWithin(tx, {
        to: report.user.email,
        template: contentReportResolvedEmail,
        props: {
          subject: `The problem you reported with ${report.course.fullName} has been dealt with`,
          title: 'Thank you for your report',
          recipientName: report.user.firstName,
          paragraphs: [
            `The team that looks after ${report.course.fullName} has dealt with the problem you reported. Thank you for telling us.`,
          ],
          details: [
            { label: 'Where', value: report.where ?? 'The course in general' },
            { label: 'You reported', value: report.message },
            ...(input.note ? [{ label: 'Note from the team', value: input.note }] : []),
          ],
          action: { label: 'Go to the course', url: `${appUrl}/courses/${report.courseId}` },
          appUrl,
        },
        dedupeKey: `content-report-resolved:${report.id}`,
        userId: report.userId,
      });
    }
    return true;
  });
  if (resolved) wakeEmailWorkers();
  return { resolved };
}
