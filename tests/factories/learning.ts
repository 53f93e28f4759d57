// Factories for the learning tests: organisations, people, viewers, categories, courses, activities, audiences.
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

let seq = 0;
const next = () => ++seq;

export async function makeOrganisation(over: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const n = next();
  return db.organisation.create({
    data: { slug: `org-${n}`, name: `Organisation ${n}`, shortName: `Org${n}`, ...over },
  });
}

export async function makeUser(over: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = next();
  const organisationId = over.organisationId ?? (await makeOrganisation()).id;
  return db.user.create({
    data: {
      username: `user${n}`,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      email: `user${n}@example.test`,
      ...over,
      organisationId,
    },
  });
}

export async function makeTeam(name?: string) {
  return db.ldTeam.create({ data: { name: name ?? `Team ${next()}` } });
}

/** A viewer as getViewer() would return it, re-read from the database. */
export async function viewerFor(userId: number): Promise<Viewer> {
  const viewer = await loadViewer(userId, 1);
  if (!viewer) throw new Error(`No active user ${userId}`);
  return viewer;
}

export async function makeLearner(over: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const user = await makeUser(over);
  return { user, viewer: await viewerFor(user.id) };
}

export async function makeLdAdmin(teamId: number, over: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const user = await makeUser(over);
  await db.ldTeamMember.create({ data: { teamId, userId: user.id } });
  return { user, viewer: await viewerFor(user.id) };
}

export async function makeCategory(over: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const category = await db.category.create({ data: { name: `Category ${next()}`, ...over } });
  let path = `/${category.id}/`;
  let depth = 0;
  if (category.parentId) {
    const parent = await db.category.findUniqueOrThrow({ where: { id: category.parentId } });
    path = `${parent.path}${category.id}/`;
    depth = parent.depth + 1;
  }
  return db.category.update({ where: { id: category.id }, data: { path, depth } });
}

export async function makeCourse(over: Partial<Prisma.CourseUncheckedCreateInput> = {}) {
  const n = next();
  const categoryId = over.categoryId ?? (await makeCategory()).id;
  return db.course.create({
    data: { shortName: `C${n}`, fullName: `Course ${n}`, summary: `Summary of course ${n}`, ...over, categoryId },
  });
}

export async function makeActivity(courseId: number, over: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  const n = next();
  return db.activity.create({
    data: { courseId, type: 'PAGE', name: `Activity ${n}`, sortOrder: n, requireView: true, ...over },
  });
}

export async function makeAudience(memberIds: number[] = [], over: Partial<Prisma.AudienceUncheckedCreateInput> = {}) {
  const audience = await db.audience.create({ data: { name: `Audience ${next()}`, ...over } });
  if (memberIds.length > 0) {
    await db.audienceMember.createMany({ data: memberIds.map((userId) => ({ audienceId: audience.id, userId })) });
  }
  return audience;
}

export async function enrol(userId: number, courseId: number) {
  await db.enrolment.create({ data: { userId, courseId, source: 'SELF' } });
  await db.courseCompletion.create({ data: { userId, courseId } });
}
