// Admin writes for a course's activities, their restrictions and completion rules, and the course criteria.
import type { Viewer } from '@/lib/auth/viewer';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { db } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { checkEvidenceFile, cleanFilename } from '@/lib/evidence/rules';
import { withStoredUpload } from '@/lib/storage/uploads';
import type { ActivityInput, CriteriaInput, RestrictionsInput } from './schemas';
import { findManagedActivity } from './admin-queries';

/** The activity columns an admin form sets (shared with lib/activities/commands' addActivity). */
export function activityData(input: ActivityInput) {
  return {
    type: input.type,
    name: input.name,
    sectionName: input.sectionName,
    descriptionHtml: input.descriptionHtml,
    contentHtml: input.type === 'PAGE' ? input.contentHtml : null,
    url: input.type === 'URL' ? input.url : null,
    visible: input.visible,
    completionMode: input.completionMode,
    requireView: input.requireView,
    requireGrade: input.requireGrade,
    requirePassingGrade: input.requirePassingGrade,
    requireSubmit: input.requireSubmit,
    requireScormStatus: input.requireScormStatus,
    requireMinScore: input.requireMinScore,
    requireAttendance: input.requireAttendance,
    hideWhenRestricted: input.hideWhenRestricted,
    restrictionAggregation: input.restrictionAggregation,
  };
}

export async function updateActivity(viewer: Viewer, activityId: number, input: ActivityInput): Promise<void> {
  const activity = await findManagedActivity(viewer, activityId);
  if (activity.type !== input.type)
    throw new ValidationError({ type: 'The type of an existing activity cannot change. Add a new activity instead.' });
  await db.activity.update({ where: { id: activityId }, data: activityData(input) });
}

/** Swaps the activity with its neighbour, renumbering the course so the order is always well defined. */
export async function moveActivity(viewer: Viewer, activityId: number, direction: 'up' | 'down'): Promise<void> {
  const activity = await findManagedActivity(viewer, activityId);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Course" WHERE "id" = ${activity.courseId} FOR UPDATE`;
    const ids = (
      await tx.activity.findMany({
        where: { courseId: activity.courseId },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: { id: true },
      })
    ).map((a) => a.id);
    const i = ids.indexOf(activityId);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    for (const [index, id] of ids.entries())
      await tx.activity.update({ where: { id }, data: { sortOrder: (index + 1) * 10 } });
  });
}

export async function deleteActivity(viewer: Viewer, activityId: number): Promise<{ courseId: number }> {
  const activity = await findManagedActivity(viewer, activityId);
  await db.activity.delete({ where: { id: activityId } });
  return { courseId: activity.courseId };
}

/** Replaces an activity's restrictions. Each must point at another activity of the same course, with no cycles. */
export async function setRestrictions(viewer: Viewer, activityId: number, input: RestrictionsInput): Promise<void> {
  const activity = await findManagedActivity(viewer, activityId);
  await db.$transaction(async (tx) => {
    const siblings = await tx.activity.findMany({
      where: { courseId: activity.courseId },
      select: { id: true, restrictions: { select: { requiredActivityId: true } } },
    });
    const ids = new Set(siblings.map((s) => s.id));
    const wanted = [...new Map(input.rules.map((r) => [r.requiredActivityId, r])).values()];
    for (const rule of wanted) {
      if (rule.requiredActivityId === activityId || !ids.has(rule.requiredActivityId)) {
        throw new ValidationError({ rules: 'Choose other activities of this course' });
      }
    }
    // Reject cycles: follow requirements from each chosen activity back to this one.
    const edges = new Map(siblings.map((s) => [s.id, s.restrictions.map((r) => r.requiredActivityId)]));
    edges.set(
      activityId,
      wanted.map((r) => r.requiredActivityId),
    );
    const seen = new Set<number>();
    const stack = [...(edges.get(activityId) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === activityId)
        throw new ValidationError({ rules: 'These restrictions would lock activities behind each other forever' });
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
    await tx.activityRestriction.deleteMany({ where: { activityId } });
    await tx.activityRestriction.createMany({
      data: wanted.map((r) => ({ activityId, requiredActivityId: r.requiredActivityId, requirement: r.requirement })),
    });
    await tx.activity.update({ where: { id: activityId }, data: { restrictionAggregation: input.aggregation } });
  });
}

/** Replaces the course's completion criteria (activities, prerequisite courses, self completion) and ALL/ANY. */
export async function setCriteria(viewer: Viewer, courseId: number, input: CriteriaInput): Promise<void> {
  await requireCourseManager(viewer, courseId);
  await db.$transaction(async (tx: Prisma.TransactionClient) => {
    const activityCount = await tx.activity.count({ where: { courseId, id: { in: input.activityIds } } });
    if (activityCount !== new Set(input.activityIds).size)
      throw new ValidationError({ activityIds: 'Choose activities of this course' });
    if (input.requiredCourseIds.includes(courseId))
      throw new ValidationError({ requiredCourseIds: 'A course cannot require itself' });
    await tx.courseCriterion.deleteMany({ where: { courseId } });
    let sortOrder = 0;
    const data: Prisma.CourseCriterionCreateManyInput[] = [
      ...[...new Set(input.activityIds)].map((activityId) => ({
        courseId,
        type: 'ACTIVITY' as const,
        activityId,
        sortOrder: (sortOrder += 1),
      })),
      ...[...new Set(input.requiredCourseIds)].map((requiredCourseId) => ({
        courseId,
        type: 'COURSE' as const,
        requiredCourseId,
        sortOrder: (sortOrder += 1),
      })),
      ...(input.selfCompletion ? [{ courseId, type: 'SELF' as const, sortOrder: (sortOrder += 1) }] : []),
    ];
    await tx.courseCriterion.createMany({ data });
    await tx.course.update({
      where: { id: courseId },
      data: { completionEnabled: input.completionEnabled, completionAggregation: input.aggregation },
    });
  });
}

/** Attaches (or replaces) the file of a FILE activity. Same type and size checks as learners' evidence. */
export async function attachActivityFile(
  viewer: Viewer,
  activityId: number,
  file: { name: string; type: string; size: number; bytes: Buffer },
): Promise<void> {
  const activity = await findManagedActivity(viewer, activityId);
  if (activity.type !== 'FILE') throw new ValidationError({ file: 'Only file activities have a file' });
  const checked = checkEvidenceFile({
    name: file.name,
    type: file.type,
    size: file.size,
    head: file.bytes.subarray(0, 16),
  });
  if (!checked.ok) throw new ValidationError({ file: checked.error });
  const upload = {
    prefix: 'activities',
    bytes: file.bytes,
    filename: cleanFilename(file.name),
    mimeType: checked.mimeType,
    ownerId: viewer.id,
  };
  await withStoredUpload(upload, async (tx, fileId) => {
    const current = await tx.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: { file: { select: { id: true, key: true } } },
    });
    await tx.activity.update({ where: { id: activityId }, data: { fileId } });
    if (!current.file) return { result: undefined };
    await tx.storedFile.delete({ where: { id: current.file.id } });
    return { result: undefined, obsoleteKeys: [current.file.key] };
  });
}
