// The Home dashboard ("My Learning") for the viewer: a fixed handful of queries whatever their record size.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { listRequiredLearning, type RequiredItem } from './required';
import { certificationState, compliancePercent, type CertificationState } from '@/lib/certifications/rules';
import { courseCompletionPercent } from './rules';

import { DASHBOARD_BLOCKS, type DashboardBlock } from './blocks';

export { DASHBOARD_BLOCKS, type DashboardBlock };

export type Dashboard = {
  blocks: DashboardBlock[];
  organisationName: string;
  compliancePercent: number | null;
  courseCompletionPercent: number | null;
  courseCounts: { complete: number; inProgress: number; notStarted: number; total: number };
  due: RequiredItem[];
  inProgress: { courseId: number; fullName: string; progressPercent: number }[];
  recent: { courseId: number; fullName: string; timeCompleted: Date }[];
  certifications: {
    programId: number;
    fullName: string;
    status: string;
    renewalStatus: string;
    held: boolean;
    /** The one certification state rule (lib/certifications/rules.ts). */
    state: CertificationState;
    timeExpires: Date | null;
    dueAt: Date | null;
    timeWindowOpens: Date | null;
  }[];
};

/** Blocks configured for the organisation, in its order; unknown keys are ignored. */
export function dashboardBlocks(configured: string[]): DashboardBlock[] {
  const known = new Set<string>(DASHBOARD_BLOCKS);
  const blocks = configured.filter((b): b is DashboardBlock => known.has(b));
  return blocks.length > 0 ? [...new Set(blocks)] : ['compliance', 'due', 'in_progress', 'recent', 'certifications'];
}

type CourseSummaryRow = {
  part: 'count' | 'in_progress' | 'recent';
  status: string | null;
  n: number | null;
  courseId: number | null;
  fullName: string | null;
  progressPercent: number | null;
  timeCompleted: Date | null;
};

/** Course counts by status, the five latest in progress and the five latest completed, in one statement. */
async function courseSummary(userId: number) {
  const rows = await db.$queryRaw<CourseSummaryRow[]>`
    SELECT 'count' AS part, cc."status"::text AS status, count(*)::int AS n, NULL::int AS "courseId",
      NULL::text AS "fullName", NULL::int AS "progressPercent", NULL::timestamp(3) AS "timeCompleted", 0::bigint AS ord
    FROM "CourseCompletion" cc JOIN "Course" c ON c."id" = cc."courseId"
    WHERE cc."userId" = ${userId} AND c."completionEnabled"
    GROUP BY cc."status"
    UNION ALL (
      SELECT 'in_progress', NULL, NULL, c."id", c."fullName", cc."progressPercent", NULL,
        row_number() OVER (ORDER BY cc."updatedAt" DESC, cc."id" DESC)
      FROM "CourseCompletion" cc JOIN "Course" c ON c."id" = cc."courseId"
      WHERE cc."userId" = ${userId} AND cc."status" = 'IN_PROGRESS'
      ORDER BY cc."updatedAt" DESC, cc."id" DESC LIMIT 5
    )
    UNION ALL (
      SELECT 'recent', NULL, NULL, c."id", c."fullName", NULL, cc."timeCompleted",
        row_number() OVER (ORDER BY cc."timeCompleted" DESC NULLS FIRST, cc."id" DESC)
      FROM "CourseCompletion" cc JOIN "Course" c ON c."id" = cc."courseId"
      WHERE cc."userId" = ${userId} AND cc."status" IN ('COMPLETE', 'COMPLETE_RPL')
      ORDER BY cc."timeCompleted" DESC NULLS FIRST, cc."id" DESC LIMIT 5
    )
    ORDER BY part, ord`;
  return {
    statusCounts: rows.filter((r) => r.part === 'count').map((r) => ({ status: r.status!, n: r.n ?? 0 })),
    inProgress: rows
      .filter((r) => r.part === 'in_progress')
      .map((r) => ({ courseId: r.courseId!, fullName: r.fullName!, progressPercent: r.progressPercent! })),
    recent: rows
      .filter((r) => r.part === 'recent')
      .map((r) => ({ courseId: r.courseId!, fullName: r.fullName!, timeCompleted: r.timeCompleted! })),
  };
}

export async function getDashboard(viewer: Viewer, now: Date = new Date()): Promise<Dashboard> {
  const [organisation, { statusCounts, inProgress, recent }, certs, due] = await Promise.all([
    db.organisation.findUnique({ where: { id: viewer.organisationId }, select: { name: true, dashboardBlocks: true } }),
    courseSummary(viewer.id),
    db.certificationCompletion.findMany({
      where: { userId: viewer.id },
      orderBy: { certification: { program: { fullName: 'asc' } } },
      select: {
        status: true,
        renewalStatus: true,
        timeCompleted: true,
        timeExpires: true,
        dueAt: true,
        timeWindowOpens: true,
        certification: { select: { program: { select: { id: true, fullName: true } } } },
      },
    }),
    listRequiredLearning(viewer, now),
  ]);
  const count = (s: string) => statusCounts.find((c) => c.status === s)?.n ?? 0;
  const complete = count('COMPLETE') + count('COMPLETE_RPL');
  const courseCounts = {
    complete,
    inProgress: count('IN_PROGRESS'),
    notStarted: count('NOT_STARTED'),
    total: statusCounts.reduce((n, c) => n + c.n, 0),
  };
  return {
    blocks: dashboardBlocks(organisation?.dashboardBlocks ?? []),
    organisationName: organisation?.name ?? '',
    compliancePercent: compliancePercent(certs, now),
    courseCompletionPercent: courseCompletionPercent(courseCounts),
    courseCounts,
    due: due.slice(0, 5),
    inProgress,
    recent,
    certifications: certs.map((c) => {
      const state = certificationState(c, now);
      return {
        programId: c.certification.program.id,
        fullName: c.certification.program.fullName,
        status: c.status,
        renewalStatus: c.renewalStatus,
        held: state.held,
        state,
        timeExpires: c.timeExpires,
        dueAt: c.dueAt,
        timeWindowOpens: c.timeWindowOpens,
      };
    }),
  };
}
