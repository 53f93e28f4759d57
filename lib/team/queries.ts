// My Team: a manager's direct reports (never reports of reports) with their learning counts.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';

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

/** Direct reports of the viewer through any job assignment, in name order. Three queries whatever the team size. */
export async function listDirectReports(viewer: Viewer): Promise<TeamMember[]> {
  const reports = await db.user.findMany({
    where: { status: { not: 'DELETED' }, jobAssignments: { some: { managerId: viewer.id } } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      username: true,
      lastLoginAt: true,
      jobAssignments: { where: { managerId: viewer.id }, select: { title: true }, take: 1 },
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
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
    name: `${r.firstName} ${r.lastName}`,
    username: r.username,
    jobTitle: r.jobAssignments[0]?.title ?? null,
    lastLoginAt: r.lastLoginAt,
    coursesStarted: count(courses, r.id, ['IN_PROGRESS', 'COMPLETE', 'COMPLETE_RPL']),
    coursesCompleted: count(courses, r.id, ['COMPLETE', 'COMPLETE_RPL']),
    certificationsAssigned: count(certifications, r.id, ['ASSIGNED', 'IN_PROGRESS', 'CERTIFIED', 'EXPIRED']),
    certificationsCurrent: count(certifications, r.id, ['CERTIFIED']),
  }));
}
