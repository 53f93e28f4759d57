// A direct report's profile as their manager sees it (read-only): who they are, their job and how to reach them.
import { db } from '@/lib/db';
import type { DirectReport } from './scope';

export async function getTeamMemberProfile(report: DirectReport) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: report.owner.id },
    select: {
      username: true,
      firstName: true,
      lastName: true,
      email: true,
      status: true,
      lastLoginAt: true,
      organisation: { select: { name: true } },
      jobAssignments: {
        where: { isPrimary: true },
        take: 1,
        select: { title: true, startDate: true, organisation: { select: { name: true } } },
      },
    },
  });
  const { jobAssignments, ...rest } = user;
  return { ...rest, job: jobAssignments[0] ?? null };
}
