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

export async function getDashboard(viewer: Viewer, now: Date = new Date()): Promise<Dashboard> {
  const [organisation, statusCounts, inProgress, recent, certs, due] = await Promise.all([
    db.organisation.findUnique({ where: { id: viewer.organisationId }, select: { name: true, dashboardBlocks: true } }),
    db.courseCompletion.groupBy({
      by: ['status'],
      where: { userId: viewer.id, course: { completionEnabled: true } },
      _count: { _all: true },
    }),
    db.courseCompletion.findMany({
      where: { userId: viewer.id, status: 'IN_PROGRESS' },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 5,
      select: { progressPercent: true, course: { select: { id: true, fullName: true } } },
    }),
    db.courseCompletion.findMany({
      where: { userId: viewer.id, status: { in: ['COMPLETE', 'COMPLETE_RPL'] } },
      orderBy: [{ timeCompleted: 'desc' }, { id: 'desc' }],
      take: 5,
      select: { timeCompleted: true, course: { select: { id: true, fullName: true } } },
    }),
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
  const count = (s: string) => statusCounts.find((c) => c.status === s)?._count._all ?? 0;
  const complete = count('COMPLETE') + count('COMPLETE_RPL');
  const courseCounts = {
    complete,
    inProgress: count('IN_PROGRESS'),
    notStarted: count('NOT_STARTED'),
    total: statusCounts.reduce((n, c) => n + c._count._all, 0),
  };
  return {
    blocks: dashboardBlocks(organisation?.dashboardBlocks ?? []),
    organisationName: organisation?.name ?? '',
    compliancePercent: compliancePercent(certs, now),
    courseCompletionPercent: courseCompletionPercent(courseCounts),
    courseCounts,
    due: due.slice(0, 5),
    inProgress: inProgress.map((c) => ({
      courseId: c.course.id,
      fullName: c.course.fullName,
      progressPercent: c.progressPercent,
    })),
    recent: recent.map((c) => ({
      courseId: c.course.id,
      fullName: c.course.fullName,
      timeCompleted: c.timeCompleted!,
    })),
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
