// The catalogue view of a program or certification: what it is and which courses it holds.
import type { Viewer } from '@/lib/auth/viewer';
import { canManageTeamItem } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getCategoryTrail, type Crumb } from './categories';
import { courseVisibleWhere } from './visibility';

export type ProgramOverview = {
  id: number;
  kind: 'PROGRAM' | 'CERTIFICATION';
  fullName: string;
  summary: string;
  trail: Crumb[];
  assigned: boolean;
  progressPercent: number | null;
  sets: {
    id: number;
    label: string;
    completionType: string;
    minCourses: number;
    courses: { id: number; fullName: string; progressPercent: number | null }[];
  }[];
};

/** NotFoundError unless the program is visible (or the viewer is assigned to it or manages it). */
export async function getProgramOverview(viewer: Viewer, programId: number): Promise<ProgramOverview> {
  if (!Number.isInteger(programId) || programId <= 0) throw new NotFoundError('We could not find that program.');
  const now = new Date();
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      id: true,
      kind: true,
      fullName: true,
      summary: true,
      visible: true,
      availableFrom: true,
      availableUntil: true,
      ownerTeamId: true,
      categoryId: true,
      users: { where: { userId: viewer.id }, select: { userId: true }, take: 1 },
      completions: { where: { userId: viewer.id }, select: { progressPercent: true } },
      courseSets: {
        where: { path: 'CERT' },
        orderBy: { sortOrder: 'asc' },
        select: {
          id: true,
          label: true,
          completionType: true,
          minCourses: true,
          courses: {
            orderBy: { sortOrder: 'asc' },
            where: { course: courseVisibleWhere(viewer) },
            select: {
              course: {
                select: {
                  id: true,
                  fullName: true,
                  completions: { where: { userId: viewer.id }, select: { progressPercent: true, status: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!program) throw new NotFoundError('We could not find that program.');
  const assigned = program.users.length > 0 || program.completions.length > 0;
  const open =
    program.visible &&
    (!program.availableFrom || program.availableFrom <= now) &&
    (!program.availableUntil || program.availableUntil >= now);
  if (!open && !assigned && !canManageTeamItem(viewer, program.ownerTeamId))
    throw new NotFoundError('We could not find that program.');
  const trail = program.categoryId ? await getCategoryTrail(program.categoryId) : [];
  return {
    id: program.id,
    kind: program.kind,
    fullName: program.fullName,
    summary: program.summary,
    trail,
    assigned,
    progressPercent: program.completions[0]?.progressPercent ?? null,
    sets: program.courseSets.map((s) => ({
      id: s.id,
      label: s.label,
      completionType: s.completionType,
      minCourses: s.minCourses,
      courses: s.courses.map((c) => {
        const completion = c.course.completions[0];
        const done = completion?.status === 'COMPLETE' || completion?.status === 'COMPLETE_RPL';
        return {
          id: c.course.id,
          fullName: c.course.fullName,
          progressPercent: completion ? (done ? 100 : completion.progressPercent) : null,
        };
      }),
    })),
  };
}
