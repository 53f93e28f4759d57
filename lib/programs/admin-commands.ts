// Admin writes for programs and certifications (L&D): details and recertification settings, course sets, and
// assignments. Each checks the viewer manages the program (requireProgramManager), validates against the database
// (courses, audiences, people that exist; settings the rules accept), writes in one transaction, and then runs the
// assignment sync for that program at once (enrolments on new courses, new people, due dates), so nobody waits for
// the hourly run.
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin, canManageTeamItem } from '@/lib/auth/permissions';
import { validateSettings } from '@/lib/certifications/rules';
import { db } from '@/lib/db';
import { ConflictError, fromPrismaError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireProgramManager } from './admin-queries';
import { unsafeSyncProgramAssignments } from './assignments';
import type {
  AssignmentDueInput,
  AssignmentInput,
  CertificationSettingsInput,
  CourseSetInput,
  ProgramDetailsInput,
} from './schemas';

function assertOwnerAllowed(viewer: Viewer, ownerTeamId: number | null): void {
  if (!canManageTeamItem(viewer, ownerTeamId))
    throw new ValidationError({ ownerTeamId: 'Choose one of your teams as the owner' });
}

function detailsData(input: ProgramDetailsInput) {
  return {
    fullName: input.fullName,
    shortName: input.shortName,
    summary: input.summary,
    categoryId: input.categoryId,
    ownerTeamId: input.ownerTeamId,
    visible: input.visible,
    availableFrom: input.availableFrom,
    availableUntil: input.availableUntil,
  };
}

/** The settings as stored; refused with the reference's messages when the periods do not fit together. */
function settingsData(s: CertificationSettingsInput) {
  const fixed = s.recertifyFrom === 'FIXED_DATE';
  const data = {
    activeValue: s.activeValue,
    activeUnit: s.activeUnit,
    windowValue: s.windowValue,
    windowUnit: s.windowUnit,
    recertifyFrom: s.recertifyFrom,
    minimumActiveValue: fixed ? (s.minimumActiveValue ?? null) : null,
    minimumActiveUnit: fixed ? (s.minimumActiveUnit ?? null) : null,
  };
  const errors = validateSettings({
    active: { value: data.activeValue, unit: data.activeUnit },
    window: { value: data.windowValue, unit: data.windowUnit },
    minimumActive:
      data.minimumActiveValue && data.minimumActiveUnit
        ? { value: data.minimumActiveValue, unit: data.minimumActiveUnit }
        : null,
    recertifyFrom: data.recertifyFrom,
  });
  if (errors.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const e of errors) {
      const field = e.startsWith('Minimum') || e.startsWith('Set a minimum') ? 'minimumActiveValue' : 'windowValue';
      fieldErrors[field] ??= e;
    }
    throw new ValidationError(fieldErrors);
  }
  return data;
}

function translate(error: unknown): unknown {
  const mapped = fromPrismaError(error, 'Another program or certification already uses that short name.');
  if (mapped instanceof ConflictError) return new ValidationError({ shortName: mapped.message });
  if ((error as { code?: string } | null)?.code === 'P2003')
    return new ValidationError({ categoryId: 'Choose a category that exists' });
  return mapped;
}

export async function createProgram(
  viewer: Viewer,
  kind: 'PROGRAM' | 'CERTIFICATION',
  input: ProgramDetailsInput,
  settings: CertificationSettingsInput | null,
): Promise<{ id: number }> {
  assertLdAdmin(viewer);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  const certification = kind === 'CERTIFICATION' ? settingsData(settingsOrFail(settings)) : null;
  try {
    return await db.program.create({
      data: { kind, ...detailsData(input), ...(certification ? { certification: { create: certification } } : {}) },
      select: { id: true },
    });
  } catch (error) {
    throw translate(error);
  }
}

function settingsOrFail(settings: CertificationSettingsInput | null): CertificationSettingsInput {
  if (!settings) throw new ValidationError({ activeValue: 'Enter how long the certification is active' });
  return settings;
}

/**
 * Saves the details (and a certification's settings). New settings apply to the next completion of each person;
 * dates already worked out stay, as in Totara.
 */
export async function updateProgram(
  viewer: Viewer,
  programId: number,
  input: ProgramDetailsInput,
  settings: CertificationSettingsInput | null,
): Promise<void> {
  const program = await requireProgramManager(viewer, programId);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  const certification = program.kind === 'CERTIFICATION' ? settingsData(settingsOrFail(settings)) : null;
  try {
    await db.$transaction(async (tx) => {
      await tx.program.update({ where: { id: programId }, data: detailsData(input) });
      if (certification)
        await tx.certification.upsert({
          where: { programId },
          create: { programId, ...certification },
          update: certification,
        });
    });
  } catch (error) {
    throw translate(error);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Course sets

async function resolveCourses(tx: Prisma.TransactionClient, shortNames: string[]): Promise<number[]> {
  const courses = await tx.course.findMany({
    where: { shortName: { in: shortNames, mode: 'insensitive' } },
    select: { id: true, shortName: true },
  });
  const byName = new Map(courses.map((c) => [c.shortName.toLowerCase(), c.id]));
  const unknown = shortNames.filter((n) => !byName.has(n.toLowerCase()));
  if (unknown.length > 0)
    throw new ValidationError({ courses: `We could not find courses with these short names: ${unknown.join(', ')}` });
  return [...new Set(shortNames.map((n) => byName.get(n.toLowerCase())!))];
}

function setData(kind: 'PROGRAM' | 'CERTIFICATION', input: CourseSetInput) {
  return {
    label: input.label,
    completionType: input.completionType,
    minCourses: input.completionType === 'SOME' ? (input.minCourses ?? 1) : 0,
    nextOperator: input.nextOperator,
    // Programs have one path; the recertification path exists only for certifications.
    path: kind === 'CERTIFICATION' ? input.path : ('CERT' as const),
  };
}

async function writeSetCourses(tx: Prisma.TransactionClient, courseSetId: number, courseIds: number[]) {
  await tx.courseSetCourse.deleteMany({ where: { courseSetId } });
  await tx.courseSetCourse.createMany({
    data: courseIds.map((courseId, sortOrder) => ({ courseSetId, courseId, sortOrder })),
  });
}

/** Adds a set at the end of its path, or saves an existing one (`setId`). */
export async function saveCourseSet(
  viewer: Viewer,
  programId: number,
  setId: number | null,
  input: CourseSetInput,
): Promise<{ id: number }> {
  const program = await requireProgramManager(viewer, programId);
  const data = setData(program.kind, input);
  const saved = await db.$transaction(async (tx) => {
    const courseIds = await resolveCourses(tx, input.courses);
    let id: number;
    if (setId) {
      const updated = await tx.courseSet.updateMany({ where: { id: setId, programId }, data });
      if (updated.count === 0) throw new NotFoundError('That course set no longer exists. Reload the page.');
      id = setId;
    } else {
      const last = await tx.courseSet.aggregate({ where: { programId, path: data.path }, _max: { sortOrder: true } });
      id = (await tx.courseSet.create({ data: { programId, ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 } })).id;
    }
    await writeSetCourses(tx, id, courseIds);
    return { id };
  });
  await unsafeSyncProgramAssignments({ programId, reevaluate: true });
  return saved;
}

export async function deleteCourseSet(viewer: Viewer, programId: number, setId: number): Promise<void> {
  await requireProgramManager(viewer, programId);
  const removed = await db.courseSet.deleteMany({ where: { id: setId, programId } });
  if (removed.count === 0) throw new NotFoundError('That course set no longer exists.');
  await unsafeSyncProgramAssignments({ programId, reevaluate: true });
}

/** Swaps a set with its neighbour on the same path (locked rows, so two clicks at once cannot tangle the order). */
export async function moveCourseSet(
  viewer: Viewer,
  programId: number,
  setId: number,
  direction: 'up' | 'down',
): Promise<void> {
  await requireProgramManager(viewer, programId);
  await db.$transaction(async (tx) => {
    const sets = await tx.$queryRaw<{ id: number; path: string; sortOrder: number }[]>`
      SELECT "id", "path"::text AS "path", "sortOrder" FROM "CourseSet" WHERE "programId" = ${programId}
      ORDER BY "path", "sortOrder", "id" FOR UPDATE`;
    const set = sets.find((s) => s.id === setId);
    if (!set) throw new NotFoundError('That course set no longer exists.');
    const onPath = sets.filter((s) => s.path === set.path);
    const i = onPath.indexOf(set);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= onPath.length) return;
    [onPath[i], onPath[j]] = [onPath[j]!, onPath[i]!];
    for (const [sortOrder, s] of onPath.entries())
      await tx.courseSet.update({ where: { id: s.id }, data: { sortOrder } });
  });
  await unsafeSyncProgramAssignments({ programId, reevaluate: true });
}

/**
 * Certifications: replaces the recertification path with a copy of the original path ("use the existing
 * certification content", REFERENCE §1.4).
 */
export async function copyOriginalPathToRecertification(viewer: Viewer, programId: number): Promise<number> {
  const program = await requireProgramManager(viewer, programId);
  if (program.kind !== 'CERTIFICATION') throw new NotFoundError();
  const copied = await db.$transaction(async (tx) => {
    const original = await tx.courseSet.findMany({
      where: { programId, path: 'CERT' },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      include: { courses: { orderBy: { sortOrder: 'asc' } } },
    });
    if (original.length === 0)
      throw new UserError('Add the original certification path first: there is nothing to copy.');
    await tx.courseSet.deleteMany({ where: { programId, path: 'RECERT' } });
    for (const s of original) {
      const created = await tx.courseSet.create({
        data: {
          programId,
          path: 'RECERT',
          label: s.label,
          sortOrder: s.sortOrder,
          completionType: s.completionType,
          minCourses: s.minCourses,
          nextOperator: s.nextOperator,
        },
      });
      await writeSetCourses(
        tx,
        created.id,
        s.courses.map((c) => c.courseId),
      );
    }
    return original.length;
  });
  await unsafeSyncProgramAssignments({ programId, reevaluate: true });
  return copied;
}

// ---------------------------------------------------------------------------------------------------------------
// Assignments

function dueData(input: AssignmentDueInput) {
  return {
    dueType: input.dueType,
    dueDate: input.dueType === 'FIXED' ? (input.dueDate ?? null) : null,
    dueWithinValue: input.dueType === 'RELATIVE' ? (input.dueWithinValue ?? null) : null,
    dueWithinUnit: input.dueType === 'RELATIVE' ? (input.dueWithinUnit ?? 'DAY') : 'DAY',
  };
}

/** Assigns an audience, an organisation or one person (by username); the same target twice is refused. */
export async function addAssignment(
  viewer: Viewer,
  programId: number,
  input: AssignmentInput,
): Promise<{ id: number; people: number }> {
  await requireProgramManager(viewer, programId);
  const target = await db.$transaction(async (tx) => {
    // One assignment per target: lock the program row so two admins adding the same audience at once add it once.
    await tx.$executeRaw`SELECT 1 FROM "Program" WHERE "id" = ${programId} FOR UPDATE`;
    let where: Prisma.ProgramAssignmentWhereInput;
    let data: Prisma.ProgramAssignmentUncheckedCreateInput;
    if (input.type === 'AUDIENCE') {
      const audience = await tx.audience.findUnique({ where: { id: input.audienceId! }, select: { id: true } });
      if (!audience) throw new ValidationError({ audienceId: 'Choose an audience that exists' });
      where = { programId, type: 'AUDIENCE', audienceId: audience.id };
      data = { programId, type: 'AUDIENCE', audienceId: audience.id, ...dueData(input) };
    } else if (input.type === 'ORGANISATION') {
      const organisation = await tx.organisation.findUnique({
        where: { id: input.organisationId! },
        select: { id: true },
      });
      if (!organisation) throw new ValidationError({ organisationId: 'Choose an organisation that exists' });
      where = { programId, type: 'ORGANISATION', organisationId: organisation.id };
      data = { programId, type: 'ORGANISATION', organisationId: organisation.id, ...dueData(input) };
    } else {
      const user = await tx.user.findUnique({
        where: { username: input.username! },
        select: { id: true, status: true },
      });
      if (!user || user.status !== 'ACTIVE')
        throw new ValidationError({
          username: `We could not find an active account with the username ${input.username}`,
        });
      where = { programId, type: 'INDIVIDUAL', userId: user.id };
      data = { programId, type: 'INDIVIDUAL', userId: user.id, ...dueData(input) };
    }
    if (await tx.programAssignment.findFirst({ where, select: { id: true } })) {
      const field =
        input.type === 'AUDIENCE' ? 'audienceId' : input.type === 'ORGANISATION' ? 'organisationId' : 'username';
      throw new ValidationError({ [field]: 'This is assigned already: change its due date in the list below' });
    }
    return tx.programAssignment.create({ data, select: { id: true } });
  });
  await unsafeSyncProgramAssignments({ programId, recomputeDueDates: true });
  const people = await db.programUser.count({ where: { assignmentId: target.id } });
  return { id: target.id, people };
}

export async function updateAssignmentDue(
  viewer: Viewer,
  programId: number,
  assignmentId: number,
  input: AssignmentDueInput,
): Promise<void> {
  await requireProgramManager(viewer, programId);
  const updated = await db.programAssignment.updateMany({
    where: { id: assignmentId, programId },
    data: dueData(input),
  });
  if (updated.count === 0) throw new NotFoundError('That assignment no longer exists. Reload the page.');
  await unsafeSyncProgramAssignments({ programId, recomputeDueDates: true });
}

/** Removes an assignment; people it alone covered are unassigned (see the sync for what is kept). */
export async function removeAssignment(viewer: Viewer, programId: number, assignmentId: number): Promise<void> {
  await requireProgramManager(viewer, programId);
  const removed = await db.programAssignment.deleteMany({ where: { id: assignmentId, programId } });
  if (removed.count === 0) throw new NotFoundError('That assignment no longer exists.');
  await unsafeSyncProgramAssignments({ programId, recomputeDueDates: true });
}
