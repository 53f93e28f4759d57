// My Team reads: a manager's direct reports (lib/team/scope.ts) and their learning, per tab. Each read is a fixed
// number of queries whatever the team's size (no query per person or per row).
import type { Viewer } from '@/lib/auth/viewer';
import { certificationState, type CertificationState } from '@/lib/certifications/rules';
import { db } from '@/lib/db';
import { programState, type ProgramState } from '@/lib/programs/rules';
import type { BookingStatusValue } from '@/lib/workshops/rules';
import { directReportWhere } from './scope';

export type TeamMember = {
  id: number;
  name: string;
  username: string;
  jobTitle: string | null;
  lastLoginAt: Date | null;
  coursesStarted: number;
  coursesCompleted: number;
  certificationsAssigned: number;
  certificationsCurrent: number;
};

const nameOrder = [{ lastName: 'asc' as const }, { firstName: 'asc' as const }, { id: 'asc' as const }];
const fullName = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`;

/** Direct reports of the viewer, in name order, with their course and certification counts. Three queries. */
export async function listDirectReports(viewer: Viewer, now: Date = new Date()): Promise<TeamMember[]> {
  const reports = await db.user.findMany({
    where: directReportWhere(viewer, now),
    select: {
      id: true,
      firstName: true,
      lastName: true,
      username: true,
      lastLoginAt: true,
      jobAssignments: { where: { managerId: viewer.id, isPrimary: true }, select: { title: true }, take: 1 },
    },
    orderBy: nameOrder,
  });
  const ids = reports.map((r) => r.id);
  if (ids.length === 0) return [];
  const [courses, certifications] = await Promise.all([
    db.courseCompletion.groupBy({ by: ['userId', 'status'], where: { userId: { in: ids } }, _count: { _all: true } }),
    db.certificationCompletion.groupBy({
      by: ['userId', 'status'],
      where: { userId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const count = <T extends { userId: number; status: string; _count: { _all: number } }>(
    rows: T[],
    userId: number,
    statuses: string[],
  ) => rows.filter((r) => r.userId === userId && statuses.includes(r.status)).reduce((n, r) => n + r._count._all, 0);
  return reports.map((r) => ({
    id: r.id,
    name: fullName(r),
    username: r.username,
    jobTitle: r.jobAssignments[0]?.title ?? null,
    lastLoginAt: r.lastLoginAt,
    coursesStarted: count(courses, r.id, ['IN_PROGRESS', 'COMPLETE', 'COMPLETE_RPL']),
    coursesCompleted: count(courses, r.id, ['COMPLETE', 'COMPLETE_RPL']),
    certificationsAssigned: count(certifications, r.id, ['ASSIGNED', 'IN_PROGRESS', 'CERTIFIED', 'EXPIRED']),
    certificationsCurrent: count(certifications, r.id, ['CERTIFIED']),
  }));
}

export type TeamCertificationRow = {
  userId: number;
  name: string;
  programId: number;
  certification: string;
  state: CertificationState;
  timeWindowOpens: Date | null;
  timeExpires: Date | null;
  timeCompleted: Date | null;
};

/** Every certification assigned to the viewer's direct reports, by certification then person. One query. */
export async function listTeamCertifications(viewer: Viewer, now: Date = new Date()): Promise<TeamCertificationRow[]> {
  const rows = await db.certificationCompletion.findMany({
    where: { user: directReportWhere(viewer, now) },
    orderBy: [
      { certification: { program: { fullName: 'asc' } } },
      { user: { lastName: 'asc' } },
      { user: { firstName: 'asc' } },
      { id: 'asc' },
    ],
    select: {
      status: true,
      renewalStatus: true,
      dueAt: true,
      timeWindowOpens: true,
      timeExpires: true,
      timeCompleted: true,
      user: { select: { id: true, firstName: true, lastName: true } },
      certification: { select: { program: { select: { id: true, fullName: true } } } },
    },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    name: fullName(r.user),
    programId: r.certification.program.id,
    certification: r.certification.program.fullName,
    state: certificationState(r, now),
    timeWindowOpens: r.timeWindowOpens,
    timeExpires: r.timeExpires,
    timeCompleted: r.timeCompleted,
  }));
}

export type TeamProgramRow = {
  userId: number;
  name: string;
  programId: number;
  program: string;
  state: ProgramState;
  completedAt: Date | null;
};

/** Every program (not certification) assigned to the viewer's direct reports, by program then person. One query. */
export async function listTeamPrograms(viewer: Viewer, now: Date = new Date()): Promise<TeamProgramRow[]> {
  const rows = await db.programCompletion.findMany({
    where: { user: directReportWhere(viewer, now), program: { kind: 'PROGRAM' } },
    orderBy: [
      { program: { fullName: 'asc' } },
      { user: { lastName: 'asc' } },
      { user: { firstName: 'asc' } },
      { id: 'asc' },
    ],
    select: {
      status: true,
      progressPercent: true,
      startedAt: true,
      dueAt: true,
      completedAt: true,
      user: { select: { id: true, firstName: true, lastName: true } },
      program: { select: { id: true, fullName: true } },
    },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    name: fullName(r.user),
    programId: r.program.id,
    program: r.program.fullName,
    state: programState(r, now),
    completedAt: r.completedAt,
  }));
}

export const TEAM_COURSES_PAGE_SIZE = 50;

export type TeamCourseRow = {
  userId: number;
  name: string;
  courseId: number;
  course: string;
  tracked: boolean;
  status: string;
  progressPercent: number;
  timeEnrolled: Date;
  timeCompleted: Date | null;
};

/** The direct reports' course enrolments with their status, by person then course, a page at a time. Two queries. */
export async function listTeamCourses(
  viewer: Viewer,
  options: { page?: number; pageSize?: number } = {},
  now: Date = new Date(),
): Promise<{ rows: TeamCourseRow[]; total: number; page: number; pageSize: number }> {
  const pageSize = options.pageSize ?? TEAM_COURSES_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const where = { user: directReportWhere(viewer, now) };
  const [rows, total] = await Promise.all([
    db.courseCompletion.findMany({
      where,
      orderBy: [
        { user: { lastName: 'asc' } },
        { user: { firstName: 'asc' } },
        { course: { fullName: 'asc' } },
        { id: 'asc' },
      ],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        status: true,
        progressPercent: true,
        timeEnrolled: true,
        timeCompleted: true,
        user: { select: { id: true, firstName: true, lastName: true } },
        course: { select: { id: true, fullName: true, completionEnabled: true } },
      },
    }),
    db.courseCompletion.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      userId: r.user.id,
      name: fullName(r.user),
      courseId: r.course.id,
      course: r.course.fullName,
      tracked: r.course.completionEnabled,
      status: r.status,
      progressPercent: r.status === 'COMPLETE' || r.status === 'COMPLETE_RPL' ? 100 : r.progressPercent,
      timeEnrolled: r.timeEnrolled,
      timeCompleted: r.timeCompleted,
    })),
    total,
    page,
    pageSize,
  };
}

export type TeamBookingRow = {
  id: number;
  userId: number;
  name: string;
  workshop: string;
  status: BookingStatusValue;
  sessionCancelled: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  timezone: string;
};

/**
 * The direct reports' workshop bookings: upcoming (booked or wait-listed, soonest first) and past or cancelled with
 * attendance (most recent first, at most `pastLimit`). Two queries whatever the team's size.
 */
export async function listTeamBookings(
  viewer: Viewer,
  now: Date = new Date(),
  pastLimit = 100,
): Promise<{ upcoming: TeamBookingRow[]; past: TeamBookingRow[] }> {
  const select = {
    id: true,
    status: true,
    user: { select: { id: true, firstName: true, lastName: true } },
    workshop: { select: { activity: { select: { name: true, course: { select: { fullName: true } } } } } },
    session: {
      select: {
        status: true,
        timezone: true,
        dates: { orderBy: { startsAt: 'asc' as const }, select: { startsAt: true, endsAt: true } },
      },
    },
  };
  const live = { status: { in: ['BOOKED' as const, 'WAITLISTED' as const] } };
  // Like the learner's own list: a live booking is upcoming until its last date ends (or while dates are to be arranged).
  const future = { session: { OR: [{ dates: { some: { endsAt: { gt: now } } } }, { dates: { none: {} } }] } };
  const where = { user: directReportWhere(viewer, now) };
  const [upcoming, past] = await Promise.all([
    db.booking.findMany({ where: { ...where, ...live, ...future }, select, take: 500 }),
    db.booking.findMany({
      where: { ...where, NOT: { ...live, ...future } },
      select,
      orderBy: { signedUpAt: 'desc' },
      take: pastLimit,
    }),
  ]);
  const row = (b: (typeof upcoming)[number]): TeamBookingRow => ({
    id: b.id,
    userId: b.user.id,
    name: fullName(b.user),
    workshop: `${b.workshop.activity.course.fullName}: ${b.workshop.activity.name}`,
    status: b.status,
    sessionCancelled: b.session.status === 'CANCELLED',
    startsAt: b.session.dates[0]?.startsAt ?? null,
    endsAt: b.session.dates.at(-1)?.endsAt ?? null,
    timezone: b.session.timezone,
  });
  const time = (d: Date | null, fallback: number) => d?.getTime() ?? fallback;
  return {
    upcoming: upcoming.map(row).sort((a, b) => time(a.startsAt, Infinity) - time(b.startsAt, Infinity)),
    past: past.map(row).sort((a, b) => time(b.startsAt, -Infinity) - time(a.startsAt, -Infinity)),
  };
}
