// "Report a problem with this content" reads: the learner's report page (a course they may see, with its visible
// activities to choose from) and the owning team's list and report pages (scoped to the courses they manage).
import { coursesManagedBy, requireCourseManager } from '@/lib/auth/course-manager';
import { assertLdAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { courseVisibleWhere } from '@/lib/catalogue/visibility';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isId } from '@/lib/validation';
import type { ContentReportFilter } from './schemas';

const COURSE_NOT_FOUND = 'We could not find that course.';
const REPORT_NOT_FOUND = 'We could not find that report.';
export const CONTENT_REPORTS_PAGE_SIZE = 25;

/** The course a report is about, when the viewer may see it; with its visible activities in course order. */
export async function getReportProblemPage(viewer: Viewer, courseId: number) {
  const course = isId(courseId)
    ? await db.course.findFirst({
        where: { AND: [{ id: courseId }, courseVisibleWhere(viewer)] },
        select: {
          id: true,
          fullName: true,
          ownerTeam: { select: { name: true } },
          activities: {
            where: { visible: true },
            orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
            select: { id: true, name: true },
          },
        },
      })
    : null;
  if (!course) throw new NotFoundError(COURSE_NOT_FOUND);
  return {
    course: { id: course.id, fullName: course.fullName, ownerTeamName: course.ownerTeam?.name ?? null },
    activities: course.activities,
  };
}

function filterWhere(viewer: Viewer, status: ContentReportFilter): Prisma.ContentProblemReportWhereInput {
  return {
    course: coursesManagedBy(viewer),
    ...(status === 'open' ? { status: 'OPEN' } : status === 'resolved' ? { status: 'RESOLVED' } : {}),
  };
}

/** The owning teams' list: reports on the courses the viewer manages, newest first; count and page together. */
export async function listContentReports(viewer: Viewer, filter: { status: ContentReportFilter; page: number }) {
  assertLdAdmin(viewer);
  const where = filterWhere(viewer, filter.status);
  const page = Math.max(1, filter.page);
  const [total, rows] = await Promise.all([
    db.contentProblemReport.count({ where }),
    db.contentProblemReport.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * CONTENT_REPORTS_PAGE_SIZE,
      take: CONTENT_REPORTS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        where: true,
        message: true,
        createdAt: true,
        resolvedAt: true,
        user: { select: { firstName: true, lastName: true, username: true } },
        course: { select: { id: true, fullName: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: CONTENT_REPORTS_PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      where: r.where,
      message: r.message,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      learner: `${r.user.firstName} ${r.user.lastName}`,
      username: r.user.username,
      course: r.course,
    })),
  };
}

/** How many open reports the viewer's team has (the admin home card). */
export async function countOpenContentReports(viewer: Viewer): Promise<number> {
  assertLdAdmin(viewer);
  return db.contentProblemReport.count({ where: filterWhere(viewer, 'open') });
}

/** One report for the owning team: who reported what, where, and whether it is resolved. */
export async function getContentReportForTeam(viewer: Viewer, reportId: number) {
  const report = isId(reportId)
    ? await db.contentProblemReport.findUnique({
        where: { id: reportId },
        select: {
          id: true,
          courseId: true,
          status: true,
          where: true,
          message: true,
          createdAt: true,
          resolvedAt: true,
          resolutionNote: true,
          resolvedBy: { select: { firstName: true, lastName: true } },
          user: { select: { firstName: true, lastName: true, username: true, email: true } },
        },
      })
    : null;
  if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
  const course = await requireCourseManager(viewer, report.courseId);
  return {
    id: report.id,
    status: report.status,
    where: report.where,
    message: report.message,
    createdAt: report.createdAt,
    resolvedAt: report.resolvedAt,
    resolutionNote: report.resolutionNote,
    resolvedBy: report.resolvedBy ? `${report.resolvedBy.firstName} ${report.resolvedBy.lastName}` : null,
    learner: {
      name: `${report.user.firstName} ${report.user.lastName}`,
      username: report.user.username,
      email: report.user.email,
    },
    course,
  };
}
