// Systems access request reads: the learner's own request on the course page's activity, and the owning team's
// queue and request pages (scoped to the courses the viewer manages).
import { coursesManagedBy, requireCourseManager } from '@/lib/auth/course-manager';
import { assertLdAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess, type ActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { AccessRequestStatus } from '@/lib/generated/prisma/enums';
import { accessFields, canSendRequest, type AccessField } from './rules';

const NOT_FOUND = 'We could not find that access request.';

export type AccessRequestPage = ActivityAccess & {
  form: { systemName: string; instructionsHtml: string | null; fields: AccessField[] };
  request: {
    status: AccessRequestStatus;
    details: Record<string, string>;
    submittedAt: Date;
    handledAt: Date | null;
    note: string | null;
  } | null;
  canSend: boolean;
};

/** The activity page: instructions, the learner's request and its status, and whether they may send one now. */
export async function getAccessRequestPage(viewer: Viewer, activityId: number): Promise<AccessRequestPage> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'ACCESS_REQUEST') throw new NotFoundError(NOT_FOUND);
  const form = await db.accessRequestForm.findUnique({
    where: { activityId },
    select: {
      systemName: true,
      instructionsHtml: true,
      fields: true,
      requests: {
        where: { userId: viewer.id },
        select: { status: true, details: true, submittedAt: true, handledAt: true, note: true },
      },
    },
  });
  if (!form) throw new NotFoundError(NOT_FOUND);
  const mine = form.requests[0] ?? null;
  return {
    ...access,
    form: { systemName: form.systemName, instructionsHtml: form.instructionsHtml, fields: accessFields(form.fields) },
    request: mine ? { ...mine, details: (mine.details ?? {}) as Record<string, string> } : null,
    canSend: access.available && canSendRequest(mine),
  };
}

/** The form of an ACCESS_REQUEST activity, when the viewer manages its course. */
export async function requireManagedAccessForm(viewer: Viewer, activityId: number) {
  const activity = Number.isInteger(activityId)
    ? await db.activity.findUnique({
        where: { id: activityId },
        select: {
          id: true,
          name: true,
          type: true,
          courseId: true,
          accessRequestForm: {
            select: { id: true, systemName: true, instructionsHtml: true, notifyEmail: true, fields: true },
          },
        },
      })
    : null;
  if (!activity || activity.type !== 'ACCESS_REQUEST' || !activity.accessRequestForm)
    throw new NotFoundError(NOT_FOUND);
  const course = await requireCourseManager(viewer, activity.courseId);
  const { fields, ...form } = activity.accessRequestForm;
  return {
    activity: { id: activity.id, name: activity.name },
    course,
    form: { ...form, fields: accessFields(fields) },
  };
}

export const OPEN_STATUSES: AccessRequestStatus[] = ['SUBMITTED', 'IN_PROGRESS'];
const PAGE_SIZE = 25;

export type AccessQueueFilter = { status: 'open' | 'all' | AccessRequestStatus; page: number };

/** The owning teams' queue: requests on the courses the viewer manages, oldest open first; count and page together. */
export async function listAccessRequests(viewer: Viewer, filter: AccessQueueFilter) {
  assertLdAdmin(viewer);
  const where = {
    form: { activity: { course: coursesManagedBy(viewer) } },
    ...(filter.status === 'open'
      ? { status: { in: OPEN_STATUSES } }
      : filter.status === 'all'
        ? {}
        : { status: filter.status }),
  };
  const page = Math.max(1, filter.page);
  const [total, rows] = await Promise.all([
    db.accessRequest.count({ where }),
    db.accessRequest.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        handledAt: true,
        user: { select: { firstName: true, lastName: true, username: true } },
        form: {
          select: { systemName: true, activity: { select: { course: { select: { id: true, fullName: true } } } } },
        },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      submittedAt: r.submittedAt,
      handledAt: r.handledAt,
      learner: `${r.user.firstName} ${r.user.lastName}`,
      username: r.user.username,
      systemName: r.form.systemName,
      course: r.form.activity.course,
    })),
  };
}

/** One request for the owning team: who asked, their answers against the questions, and its status. */
export async function getAccessRequestForTeam(viewer: Viewer, requestId: number) {
  const request = Number.isInteger(requestId)
    ? await db.accessRequest.findUnique({
        where: { id: requestId },
        select: {
          id: true,
          status: true,
          details: true,
          submittedAt: true,
          handledAt: true,
          note: true,
          handledBy: { select: { firstName: true, lastName: true } },
          user: { select: { firstName: true, lastName: true, username: true, email: true } },
          form: {
            select: {
              systemName: true,
              fields: true,
              activity: { select: { id: true, name: true, courseId: true } },
            },
          },
        },
      })
    : null;
  if (!request) throw new NotFoundError(NOT_FOUND);
  const course = await requireCourseManager(viewer, request.form.activity.courseId);
  const details = (request.details ?? {}) as Record<string, string>;
  const fields = accessFields(request.form.fields);
  const known = new Set(fields.map((f) => f.key));
  return {
    id: request.id,
    status: request.status,
    submittedAt: request.submittedAt,
    handledAt: request.handledAt,
    handledBy: request.handledBy ? `${request.handledBy.firstName} ${request.handledBy.lastName}` : null,
    note: request.note,
    learner: {
      name: `${request.user.firstName} ${request.user.lastName}`,
      username: request.user.username,
      email: request.user.email,
    },
    systemName: request.form.systemName,
    activity: request.form.activity,
    course,
    answers: [
      ...fields.map((f) => ({ label: f.label, value: details[f.key] ?? '' })),
      // Answers to questions since removed from the form are still shown.
      ...Object.entries(details)
        .filter(([k]) => !known.has(k))
        .map(([label, value]) => ({ label, value: String(value) })),
    ],
  };
}
