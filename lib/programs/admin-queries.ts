// Admin reads for programs and certifications. The one rule of who manages a program: its owning L&D team and
// site admins (canManageTeamItem, as for courses); other people get "not found". Guards only read.
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin, canManageTeamItem, ownedByViewerTeams } from '@/lib/auth/permissions';
import { listAssignableTeams } from '@/lib/catalogue/admin-queries';
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isId } from '@/lib/validation';

const NOT_FOUND = 'We could not find that program or certification.';

/** `where` for the programs and certifications the viewer manages (site admins: all; no L&D team: none). */
export function programsManagedBy(viewer: Viewer): Prisma.ProgramWhereInput {
  return ownedByViewerTeams(viewer);
}

export type ManagedProgram = {
  id: number;
  kind: 'PROGRAM' | 'CERTIFICATION';
  fullName: string;
  ownerTeamId: number | null;
};

/** The program when the viewer may change it; NotFoundError when missing, ForbiddenError when not theirs. */
export async function requireProgramManager(viewer: Viewer, programId: number): Promise<ManagedProgram> {
  assertLdAdmin(viewer);
  const program = isId(programId)
    ? await db.program.findUnique({
        where: { id: programId },
        select: { id: true, kind: true, fullName: true, ownerTeamId: true },
      })
    : null;
  if (!program) throw new NotFoundError(NOT_FOUND);
  if (!canManageTeamItem(viewer, program.ownerTeamId)) throw new ForbiddenError();
  return program;
}

export type AdminProgramRow = {
  id: number;
  kind: 'PROGRAM' | 'CERTIFICATION';
  fullName: string;
  shortName: string;
  visible: boolean;
  ownerTeam: string | null;
  sets: number;
  assignments: number;
  assigned: number;
};

/** The programs and certifications the viewer manages, with counts (one query). */
export async function listAdminPrograms(viewer: Viewer): Promise<AdminProgramRow[]> {
  assertLdAdmin(viewer);
  const rows = await db.program.findMany({
    where: programsManagedBy(viewer),
    orderBy: [{ kind: 'asc' }, { fullName: 'asc' }],
    select: {
      id: true,
      kind: true,
      fullName: true,
      shortName: true,
      visible: true,
      ownerTeam: { select: { name: true } },
      _count: { select: { courseSets: true, assignments: true, completions: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fullName: r.fullName,
    shortName: r.shortName,
    visible: r.visible,
    ownerTeam: r.ownerTeam?.name ?? null,
    sets: r._count.courseSets,
    assignments: r._count.assignments,
    assigned: r._count.completions,
  }));
}

/** Everything the Details tab edits. */
export async function getProgramForEdit(viewer: Viewer, programId: number) {
  await requireProgramManager(viewer, programId);
  return db.program.findUniqueOrThrow({
    where: { id: programId },
    select: {
      id: true,
      kind: true,
      fullName: true,
      shortName: true,
      summary: true,
      categoryId: true,
      ownerTeamId: true,
      visible: true,
      availableFrom: true,
      availableUntil: true,
      certification: {
        select: {
          activeValue: true,
          activeUnit: true,
          windowValue: true,
          windowUnit: true,
          minimumActiveValue: true,
          minimumActiveUnit: true,
          recertifyFrom: true,
        },
      },
    },
  });
}

export type AdminCourseSet = {
  id: number;
  label: string;
  path: 'CERT' | 'RECERT';
  completionType: 'ALL' | 'ANY' | 'SOME' | 'OPTIONAL';
  minCourses: number;
  nextOperator: 'THEN' | 'AND' | 'OR';
  courses: { id: number; shortName: string; fullName: string }[];
};

/** The Content tab: the program's course sets in order, per path. */
export async function getProgramContent(
  viewer: Viewer,
  programId: number,
): Promise<{ program: ManagedProgram; sets: AdminCourseSet[] }> {
  const program = await requireProgramManager(viewer, programId);
  const sets = await db.courseSet.findMany({
    where: { programId },
    orderBy: [{ path: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      label: true,
      path: true,
      completionType: true,
      minCourses: true,
      nextOperator: true,
      courses: {
        orderBy: [{ sortOrder: 'asc' }],
        select: { course: { select: { id: true, shortName: true, fullName: true } } },
      },
    },
  });
  return { program, sets: sets.map((s) => ({ ...s, courses: s.courses.map((c) => c.course) })) };
}

export type AdminAssignment = {
  id: number;
  type: 'AUDIENCE' | 'ORGANISATION' | 'INDIVIDUAL';
  who: string;
  dueType: 'NONE' | 'FIXED' | 'RELATIVE';
  dueDate: Date | null;
  dueWithinValue: number | null;
  dueWithinUnit: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  people: number;
};

/** The Assignments tab: each assignment with the number of people it covers now. */
export async function getProgramAssignments(
  viewer: Viewer,
  programId: number,
): Promise<{ program: ManagedProgram; assignments: AdminAssignment[]; assignedPeople: number }> {
  const program = await requireProgramManager(viewer, programId);
  const [rows, assignedPeople] = await Promise.all([
    db.programAssignment.findMany({
      where: { programId },
      orderBy: [{ type: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        type: true,
        dueType: true,
        dueDate: true,
        dueWithinValue: true,
        dueWithinUnit: true,
        audience: { select: { name: true } },
        organisation: { select: { name: true } },
        user: { select: { firstName: true, lastName: true, username: true } },
        _count: { select: { users: true } },
      },
    }),
    db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT "userId")::int AS n FROM "ProgramUser" WHERE "programId" = ${programId}`.then(
      (r) => r[0]?.n ?? 0,
    ),
  ]);
  return {
    program,
    assignedPeople,
    assignments: rows.map((r) => ({
      id: r.id,
      type: r.type,
      who:
        r.type === 'AUDIENCE'
          ? (r.audience?.name ?? 'Audience')
          : r.type === 'ORGANISATION'
            ? (r.organisation?.name ?? 'Organisation')
            : r.user
              ? `${r.user.firstName} ${r.user.lastName} (${r.user.username})`
              : 'Person',
      dueType: r.dueType,
      dueDate: r.dueDate,
      dueWithinValue: r.dueWithinValue,
      dueWithinUnit: r.dueWithinUnit,
      people: r._count.users,
    })),
  };
}

/** What the forms offer: categories, the viewer's teams, audiences and organisations. */
export async function listProgramFormOptions(viewer: Viewer) {
  assertLdAdmin(viewer);
  const [categories, teams, audiences, organisations] = await Promise.all([
    db.category.findMany({ orderBy: { path: 'asc' }, select: { id: true, name: true, depth: true } }),
    listAssignableTeams(viewer),
    db.audience.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { categories, teams, audiences, organisations };
}
