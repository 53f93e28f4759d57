/** @jest-environment node */
// Issue 11, sync on audience change: when an audience's members change (a static list saved, a rule-based
// audience recalculated, the audience deleted), the programs and certifications assigned to it follow in the same
// transaction, without the hourly run. People no longer assigned keep what they did (course completions,
// certified cycles in the history); their automatic enrolments are suspended, and come back on reassignment.
import { unsafeRecordOwner } from '@/lib/auth/record-owner';
import type { Viewer } from '@/lib/auth/viewer';
import { createAudience, deleteAudience, updateAudience } from '@/lib/audiences/commands';
import { db } from '@/lib/db';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { listProgramRecords } from '@/lib/records/queries';
import { makeCourse, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let admin: Viewer;

beforeAll(async () => {
  await resetDb();
  admin = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
});
afterAll(disconnect);

async function program(courseIds: number[], audienceId: number, kind: 'PROGRAM' | 'CERTIFICATION' = 'PROGRAM') {
  const p = await db.program.create({
    data: {
      kind,
      shortName: `p-${Math.random().toString(36).slice(2)}`,
      fullName: kind === 'PROGRAM' ? 'Induction' : 'Fire Safety',
      ...(kind === 'CERTIFICATION' ? { certification: { create: {} } } : {}),
      courseSets: { create: [{ label: 'Set', courses: { create: courseIds.map((courseId) => ({ courseId })) } }] },
      assignments: { create: [{ type: 'AUDIENCE', audienceId }] },
    },
  });
  await unsafeSyncProgramAssignments({ programId: p.id });
  return p;
}

const enrolment = (userId: number, courseId: number) =>
  db.enrolment.findUnique({ where: { userId_courseId: { userId, courseId } } });
const assigned = (programId: number) =>
  db.programUser
    .findMany({ where: { programId }, select: { userId: true } })
    .then((r) => r.map((x) => x.userId).sort());

it('a static list saved: joiners are assigned and enrolled at once, leavers unassigned with their work kept', async () => {
  const [stays, leaves, joins] = [await makeUser(), await makeUser(), await makeUser()];
  const { id: audienceId } = await createAudience(admin, {
    name: 'Drivers',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [stays.username, leaves.username],
    rules: [],
  });
  const [started, untouched] = [await makeCourse(), await makeCourse()];
  const p = await program([started.id, untouched.id], audienceId);
  expect(await assigned(p.id)).toEqual([stays.id, leaves.id].sort());
  // The leaver has started one course.
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: leaves.id, courseId: started.id } },
    data: { status: 'IN_PROGRESS', progressPercent: 40, timeStarted: new Date() },
  });

  await updateAudience(admin, audienceId, {
    name: 'Drivers',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [stays.username, joins.username],
    rules: [],
  });
  expect(await assigned(p.id)).toEqual([stays.id, joins.id].sort());
  expect(await enrolment(joins.id, started.id)).toMatchObject({
    status: 'ACTIVE',
    source: 'PROGRAM',
    sourceProgramId: p.id,
  });
  expect(await db.programCompletion.count({ where: { programId: p.id, userId: joins.id } })).toBe(1);
  // The leaver: no longer required, enrolments suspended, the started course kept, the untouched one gone.
  expect(await db.programCompletion.count({ where: { programId: p.id, userId: leaves.id } })).toBe(0);
  expect(await enrolment(leaves.id, started.id)).toMatchObject({ status: 'SUSPENDED' });
  expect(await enrolment(leaves.id, untouched.id)).toMatchObject({ status: 'SUSPENDED' });
  expect(
    await db.courseCompletion.findUnique({ where: { userId_courseId: { userId: leaves.id, courseId: started.id } } }),
  ).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 40 });
  expect(await db.courseCompletion.count({ where: { userId: leaves.id, courseId: untouched.id } })).toBe(0);

  // Back in the audience: the same enrolments are active again, with their progress.
  await updateAudience(admin, audienceId, {
    name: 'Drivers',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [stays.username, joins.username, leaves.username],
    rules: [],
  });
  expect(await enrolment(leaves.id, started.id)).toMatchObject({ status: 'ACTIVE', sourceProgramId: p.id });
  expect(await enrolment(leaves.id, untouched.id)).toMatchObject({ status: 'ACTIVE' });
  expect(await db.courseCompletion.count({ where: { userId: leaves.id, courseId: untouched.id } })).toBe(1);
  expect(
    await db.courseCompletion.findUnique({ where: { userId_courseId: { userId: leaves.id, courseId: started.id } } }),
  ).toMatchObject({ progressPercent: 40 });
  // A second sync changes nothing.
  expect(await unsafeSyncProgramAssignments({ programId: p.id })).toMatchObject({
    assigned: 0,
    enrolled: 0,
    released: 0,
  });
});

it('a rule-based audience recalculated on save moves its certification assignments, keeping a certified cycle', async () => {
  const org = await db.organisation.create({ data: { slug: 'fire-org', name: 'Fire Org', shortName: 'FO' } });
  const other = await db.organisation.create({ data: { slug: 'other-org', name: 'Other Org', shortName: 'OO' } });
  const [inside, outside] = [await makeUser({ organisationId: org.id }), await makeUser({ organisationId: other.id })];
  const rule = (value: string) => ({
    name: 'By organisation',
    description: '',
    kind: 'DYNAMIC' as const,
    ruleAggregation: 'ALL' as const,
    members: [],
    rules: [{ field: 'ORGANISATION' as const, operator: 'EQUALS' as const, value }],
  });
  const { id: audienceId } = await createAudience(admin, rule('fire-org'));
  const course = await makeCourse();
  const c = await program([course.id], audienceId, 'CERTIFICATION');
  const certification = await db.certification.findUniqueOrThrow({ where: { programId: c.id } });
  expect(await assigned(c.id)).toEqual([inside.id]);
  // Certified until 2031.
  await db.certificationCompletion.update({
    where: { certificationId_userId: { certificationId: certification.id, userId: inside.id } },
    data: {
      status: 'CERTIFIED',
      path: 'RECERT',
      timeCompleted: new Date('2029-01-10T10:00:00Z'),
      timeWindowOpens: new Date('2030-12-10T10:00:00Z'),
      timeExpires: new Date('2031-01-10T10:00:00Z'),
    },
  });

  await updateAudience(admin, audienceId, rule('other-org'));
  expect(await assigned(c.id)).toEqual([outside.id]);
  expect(await enrolment(outside.id, course.id)).toMatchObject({ status: 'ACTIVE', source: 'CERTIFICATION' });
  expect(
    await db.certificationCompletion.count({ where: { certificationId: certification.id, userId: inside.id } }),
  ).toBe(0);
  expect(
    await db.certificationHistory.findFirst({ where: { certificationId: certification.id, userId: inside.id } }),
  ).toMatchObject({
    unassigned: true,
    timeExpires: new Date('2031-01-10T10:00:00Z'),
  });
  expect(await enrolment(inside.id, course.id)).toMatchObject({ status: 'SUSPENDED' });

  // Matching again: the certified cycle comes back (it has not expired).
  await updateAudience(admin, audienceId, rule('fire-org'));
  expect(
    await db.certificationCompletion.findUnique({
      where: { certificationId_userId: { certificationId: certification.id, userId: inside.id } },
    }),
  ).toMatchObject({ status: 'CERTIFIED', timeExpires: new Date('2031-01-10T10:00:00Z') });
});

it('an enrolment that another assignment still reaches stays active and names that program', async () => {
  const person = await makeUser();
  const { id: a1 } = await createAudience(admin, {
    name: 'First',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [person.username],
    rules: [],
  });
  const { id: a2 } = await createAudience(admin, {
    name: 'Second',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [person.username],
    rules: [],
  });
  const shared = await makeCourse();
  const first = await program([shared.id], a1);
  const second = await program([shared.id], a2);
  expect(await enrolment(person.id, shared.id)).toMatchObject({ sourceProgramId: first.id });
  await deleteAudience(admin, a1);
  expect(await assigned(first.id)).toEqual([]);
  expect(await enrolment(person.id, shared.id)).toMatchObject({ status: 'ACTIVE', sourceProgramId: second.id });
  // Self-enrolled elsewhere: never touched.
  const own = await makeCourse();
  await db.enrolment.create({ data: { userId: person.id, courseId: own.id, source: 'SELF' } });
  await deleteAudience(admin, a2);
  expect(await enrolment(person.id, shared.id)).toMatchObject({ status: 'SUSPENDED' });
  expect(await enrolment(person.id, own.id)).toMatchObject({ status: 'ACTIVE', source: 'SELF' });
});

it('Record of Learning › Programs: "Program mandatory" while assigned, "No" for a completed program kept after leaving', async () => {
  const person = await makeUser();
  const { id: audienceId } = await createAudience(admin, {
    name: 'Induction cohort',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [person.username],
    rules: [],
  });
  const [done, todo] = [
    await program([(await makeCourse()).id], audienceId),
    await program([(await makeCourse()).id], audienceId),
  ];
  await db.programCompletion.update({
    where: { programId_userId: { programId: done.id, userId: person.id } },
    data: { status: 'COMPLETE', progressPercent: 100, completedAt: new Date('2026-11-01T10:00:00Z') },
  });
  const rows = async () =>
    (await listProgramRecords(unsafeRecordOwner(person.id))).map((r) => [r.programId, r.mandatory, r.recurring]);
  expect(await rows()).toEqual(
    expect.arrayContaining([
      [done.id, true, false],
      [todo.id, true, false],
    ]),
  );
  await updateAudience(admin, audienceId, {
    name: 'Induction cohort',
    description: '',
    kind: 'STATIC',
    ruleAggregation: 'ALL',
    members: [],
    rules: [],
  });
  // The incomplete one is no longer required learning and leaves the tab; the completed one stays, not mandatory.
  expect(await rows()).toEqual([[done.id, false, false]]);
});
