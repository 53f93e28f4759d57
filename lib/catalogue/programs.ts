// The catalogue view of a program or certification: what it is and which courses it holds.
import type { Viewer } from '@/lib/auth/viewer';
import { canManageTeamItem } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { certificationState, type CertificationState } from '@/lib/certifications/rules';
import { programState, type ProgramState } from '@/lib/programs/rules';
import { evaluateProgram, type CourseProgress } from '@/lib/programs/sets';
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
  /** The viewer's assignment: when, why, and the state rules' answer (programs or certifications). */
  assignment: {
    assignedAt: Date | null;
    dueAt: Date | null;
    completedAt: Date | null;
    reasons: string[];
    program: ProgramState | null;
    certification: CertificationState | null;
  } | null;
  sets: {
    id: number;
    label: string;
    completionType: string;
    minCourses: number;
    /** How this set joins the next one (THEN / AND / OR). */
    nextOperator: string;
    complete: boolean;
    /** An earlier THEN group is not done yet. */
    locked: boolean;
    courses: { id: number; fullName: string; progressPercent: number | null; status: string | null }[];
  }[];
};

function reasonOf(a: {
  type: string;
  audience: { name: string } | null;
  organisation: { name: string } | null;
}): string {
  if (a.type === 'AUDIENCE' && a.audience) return `you are a member of the audience '${a.audience.name}'`;
  if (a.type === 'ORGANISATION' && a.organisation) return `you work for ${a.organisation.name}`;
  return 'it was assigned to you individually';
}

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
      users: {
        where: { userId: viewer.id },
        orderBy: { assignedAt: 'asc' },
        select: {
          assignedAt: true,
          assignment: {
            select: { type: true, audience: { select: { name: true } }, organisation: { select: { name: true } } },
          },
        },
      },
      completions: {
        where: { userId: viewer.id },
        select: {
          progressPercent: true,
          status: true,
          startedAt: true,
          dueAt: true,
          completedAt: true,
          assignedAt: true,
        },
      },
      certification: {
        select: {
          completions: {
            where: { userId: viewer.id },
            select: {
              status: true,
              renewalStatus: true,
              path: true,
              timeCompleted: true,
              timeWindowOpens: true,
              timeExpires: true,
              dueAt: true,
            },
          },
        },
      },
      courseSets: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          label: true,
          path: true,
          completionType: true,
          minCourses: true,
          nextOperator: true,
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
  const certificationRecord = program.certification?.completions[0] ?? null;
  const completion = program.completions[0] ?? null;
  const assigned = program.users.length > 0 || completion !== null || certificationRecord !== null;
  const open =
    program.visible &&
    (!program.availableFrom || program.availableFrom <= now) &&
    (!program.availableUntil || program.availableUntil >= now);
  if (!open && !assigned && !canManageTeamItem(viewer, program.ownerTeamId))
    throw new NotFoundError('We could not find that program.');
  const trail = program.categoryId ? await getCategoryTrail(program.categoryId) : [];
  // The learner's current path (a certified learner renews on the recertification sets, when there are any).
  const path = certificationRecord?.path ?? 'CERT';
  const onPath = program.courseSets.filter((set) => set.path === path);
  const sets = onPath.length > 0 ? onPath : program.courseSets.filter((set) => set.path === 'CERT');
  // Every course of the sets counts, also those hidden from the viewer's catalogue (the subscriber counts them too).
  const members = await db.courseSetCourse.findMany({
    where: { courseSetId: { in: sets.map((set) => set.id) } },
    select: {
      courseSetId: true,
      courseId: true,
      course: {
        select: { completions: { where: { userId: viewer.id }, select: { status: true, progressPercent: true } } },
      },
    },
  });
  const progress: CourseProgress = new Map();
  for (const m of members) {
    const row = m.course.completions[0];
    if (row)
      progress.set(m.courseId, {
        complete: row.status === 'COMPLETE' || row.status === 'COMPLETE_RPL',
        percent: row.progressPercent,
      });
  }
  const evaluation = evaluateProgram(
    sets.map((set) => ({
      id: set.id,
      completionType: set.completionType,
      minCourses: set.minCourses,
      nextOperator: set.nextOperator,
      courseIds: members.filter((m) => m.courseSetId === set.id).map((m) => m.courseId),
    })),
    progress,
  );
  const bySet = new Map(evaluation.sets.map((e) => [e.id, e]));
  return {
    id: program.id,
    kind: program.kind,
    fullName: program.fullName,
    summary: program.summary,
    trail,
    assigned,
    // A certified person's certification counts as done whatever its program record says.
    progressPercent:
      certificationRecord && certificationState(certificationRecord, now).key === 'certified'
        ? 100
        : (completion?.progressPercent ?? null),
    assignment: assigned
      ? {
          assignedAt: program.users[0]?.assignedAt ?? completion?.assignedAt ?? null,
          dueAt: completion?.dueAt ?? certificationRecord?.dueAt ?? null,
          completedAt: completion?.completedAt ?? certificationRecord?.timeCompleted ?? null,
          reasons: [...new Set(program.users.map((u) => reasonOf(u.assignment)))],
          program: completion && program.kind === 'PROGRAM' ? programState(completion, now) : null,
          certification: certificationRecord ? certificationState(certificationRecord, now) : null,
        }
      : null,
    sets: sets.map((s) => ({
      id: s.id,
      label: s.label,
      completionType: s.completionType,
      minCourses: s.minCourses,
      nextOperator: s.nextOperator,
      complete: bySet.get(s.id)?.complete ?? false,
      locked: bySet.get(s.id)?.locked ?? false,
      courses: s.courses.map((c) => {
        const row = c.course.completions[0];
        const done = row?.status === 'COMPLETE' || row?.status === 'COMPLETE_RPL';
        return {
          id: c.course.id,
          fullName: c.course.fullName,
          progressPercent: row ? (done ? 100 : row.progressPercent) : null,
          status: row?.status ?? null,
        };
      }),
    })),
  };
}
