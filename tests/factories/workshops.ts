// Test data for workshops: an organisation, learners, a course with a WORKSHOP activity, sessions and rooms.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export async function makeOrganisation() {
  const s = next();
  return db.organisation.create({ data: { slug: `org-${s}`, name: `Org ${s}`, shortName: `O${s}` } });
}

export async function makeUsers(count: number, organisationId: number, prefix = 'learner') {
  const s = next();
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      username: `${prefix}-${s}-${i}`,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      email: `${prefix}-${s}-${i}@example.org`,
      organisationId,
    })),
  });
  return db.user.findMany({ where: { username: { startsWith: `${prefix}-${s}-` } }, orderBy: { id: 'asc' } });
}

export function viewerFor(
  user: {
    id: number;
    username: string;
    firstName: string;
    lastName: string;
    email: string | null;
    organisationId: number;
  },
  extra: Partial<Viewer> = {},
): Viewer {
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    organisationId: user.organisationId,
    isSiteAdmin: false,
    ldTeamIds: [],
    isManager: false,
    mustChangePassword: false,
    authMethod: 'MANUAL',
    ...extra,
  };
}

export async function makeTeam() {
  return db.ldTeam.create({ data: { name: `Team ${next()}` } });
}

export async function makeWorkshopCourse(
  opts: { ownerTeamId?: number | null; workshop?: Record<string, unknown> } = {},
) {
  const s = next();
  const category = await db.category.create({ data: { name: `Cat ${s}` } });
  const course = await db.course.create({
    data: {
      shortName: `C${s}`,
      fullName: `Active Supervision ${s}`,
      categoryId: category.id,
      ownerTeamId: opts.ownerTeamId ?? null,
      format: 'WORKSHOP',
    },
  });
  const activity = await db.activity.create({
    data: {
      courseId: course.id,
      type: 'WORKSHOP',
      name: 'Book your workshop',
      requireAttendance: 'PARTIALLY_OR_FULLY',
    },
  });
  const workshop = await db.workshop.create({ data: { activityId: activity.id, ...(opts.workshop ?? {}) } });
  return { course, activity, workshop };
}

export async function enrol(userIds: number[], courseId: number) {
  await db.enrolment.createMany({
    data: userIds.map((userId) => ({ userId, courseId, source: 'SELF' as const })),
    skipDuplicates: true,
  });
}

export async function makeRoom(
  data: Partial<{ name: string; address: string; capacity: number; isVirtual: boolean; virtualUrl: string }> = {},
) {
  return db.room.create({
    data: {
      name: data.name ?? `Room ${next()}`,
      address: data.address ?? 'Robertson House, Stevenage, SG1 2FQ',
      ...data,
    },
  });
}

const DAY = 86_400_000;

export async function makeSession(
  workshopId: number,
  opts: Partial<{
    capacity: number;
    waitlistEnabled: boolean;
    costPence: number;
    startsInDays: number;
    hours: number;
    roomId: number | null;
    noDates: boolean;
    signupClosesAt: Date;
    signupOpensAt: Date;
  }> = {},
) {
  const start = new Date(Date.now() + (opts.startsInDays ?? 14) * DAY);
  start.setUTCMinutes(30, 0, 0);
  const end = new Date(start.getTime() + (opts.hours ?? 3) * 3_600_000);
  return db.workshopSession.create({
    data: {
      workshopId,
      capacity: opts.capacity ?? 12,
      waitlistEnabled: opts.waitlistEnabled ?? true,
      costPence: opts.costPence ?? 0,
      signupClosesAt: opts.signupClosesAt ?? null,
      signupOpensAt: opts.signupOpensAt ?? null,
      ...(opts.noDates ? {} : { dates: { create: [{ startsAt: start, endsAt: end, roomId: opts.roomId ?? null }] } }),
    },
    include: { dates: true },
  });
}
