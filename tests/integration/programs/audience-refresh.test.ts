/** @jest-environment node */
// Rule-based audiences follow people's changes (issue 11, sync on audience change): an admin moving someone to
// another organisation takes them out of the old organisation's rule-based audience and its certification, and
// into the new one's, in the same transaction; the hourly run recalculates every rule-based audience first, so a
// change no edit announced (an HR import) reaches assignments within the hour.
import type { Viewer } from '@/lib/auth/viewer';
import { userDetailsSchema } from '@/lib/accounts/schemas';
import { updateUserDetails } from '@/lib/accounts/users-commands';
import { createAudience } from '@/lib/audiences/commands';
import { unsafeRecalculateDynamicAudiences } from '@/lib/audiences/refresh';
import { db } from '@/lib/db';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { makeCourse, makeOrganisation, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let admin: Viewer;
beforeAll(async () => {
  await resetDb();
  admin = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
});
afterAll(disconnect);

async function orgAudience(slug: string) {
  return createAudience(admin, {
    name: `Everyone in ${slug}`,
    description: '',
    kind: 'DYNAMIC',
    ruleAggregation: 'ALL',
    members: [],
    rules: [{ field: 'ORGANISATION', operator: 'EQUALS', value: slug }],
  });
}

async function certificationFor(audienceId: number) {
  const course = await makeCourse();
  const p = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: `c-${Math.random().toString(36).slice(2)}`,
      fullName: 'Safeguarding',
      certification: { create: {} },
      courseSets: { create: [{ label: 'Set', courses: { create: [{ courseId: course.id }] } }] },
      assignments: { create: [{ type: 'AUDIENCE', audienceId }] },
    },
  });
  await unsafeSyncProgramAssignments({ programId: p.id });
  return { program: p, course };
}

const assigned = (programId: number) =>
  db.programUser.findMany({ where: { programId }, select: { userId: true } }).then((r) => r.map((x) => x.userId));

it('an admin moving someone to another organisation moves their rule-based audiences and certifications at once', async () => {
  const [from, to] = [await makeOrganisation(), await makeOrganisation()];
  const person = await makeUser({ organisationId: from.id });
  const [a, b] = [await orgAudience(from.slug), await orgAudience(to.slug)];
  const [old, next] = [await certificationFor(a.id), await certificationFor(b.id)];
  expect(await assigned(old.program.id)).toEqual([person.id]);
  expect(await assigned(next.program.id)).toEqual([]);

  await updateUserDetails(
    admin,
    person.id,
    userDetailsSchema.parse({
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      organisationId: String(to.id),
    }),
  );

  expect(await db.audienceMember.count({ where: { audienceId: a.id, userId: person.id } })).toBe(0);
  expect(await db.audienceMember.count({ where: { audienceId: b.id, userId: person.id } })).toBe(1);
  expect(await assigned(old.program.id)).toEqual([]);
  expect(await assigned(next.program.id)).toEqual([person.id]);
  expect(
    await db.enrolment.findUnique({ where: { userId_courseId: { userId: person.id, courseId: next.course.id } } }),
  ).toMatchObject({ status: 'ACTIVE', source: 'CERTIFICATION' });
  expect(
    await db.enrolment.findUnique({ where: { userId_courseId: { userId: person.id, courseId: old.course.id } } }),
  ).toMatchObject({ status: 'SUSPENDED' });
});

it('the hourly recalculation picks up a change made behind the audience’s back (an import writing the row)', async () => {
  const [from, to] = [await makeOrganisation(), await makeOrganisation()];
  const person = await makeUser({ organisationId: from.id });
  const b = await orgAudience(to.slug);
  const next = await certificationFor(b.id);
  await db.user.update({ where: { id: person.id }, data: { organisationId: to.id } });
  expect(await assigned(next.program.id)).toEqual([]);
  expect(await unsafeRecalculateDynamicAudiences()).toBeGreaterThanOrEqual(1);
  expect(await assigned(next.program.id)).toEqual([person.id]);
  // A second run changes nothing.
  expect(await unsafeRecalculateDynamicAudiences()).toBe(0);
});
