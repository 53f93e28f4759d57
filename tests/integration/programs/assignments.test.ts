/** @jest-environment node */
// Assignment sync (issue 11 item 2): audience, organisation and individual assignments become program records with
// their due dates (fixed, or relative to the assignment), certification records, and enrolments on the courses
// that name the program; suspended people are left out; a second run adds nothing; the statement count does not
// grow with the number of people.
import { db } from '@/lib/db';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { makeAudience, makeCourse, makeOrganisation, makeUser } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { countQueries } from '../../helpers/query-count';

const NOW = new Date('2026-12-02T09:00:00Z');
const DAY = 86_400_000;

beforeAll(resetDb);
afterAll(disconnect);

it('assigns, dates, enrols, skips the suspended, and is a no-op the second time', async () => {
  const org = await makeOrganisation();
  const [a, b, c] = [await makeUser(), await makeUser(), await makeUser({ status: 'SUSPENDED' })];
  const staff = await Promise.all(Array.from({ length: 40 }, () => makeUser({ organisationId: org.id })));
  const loner = await makeUser();
  const audience = await makeAudience([a.id, b.id, c.id], { name: 'All HCC' });
  const [course1, course2] = [await makeCourse(), await makeCourse()];
  const program = await db.program.create({
    data: {
      shortName: 'sync-program',
      fullName: 'Induction',
      courseSets: {
        create: [{ label: 'Set', courses: { create: [{ courseId: course1.id }, { courseId: course2.id }] } }],
      },
      assignments: {
        create: [
          { type: 'AUDIENCE', audienceId: audience.id, dueType: 'RELATIVE', dueWithinValue: 90 },
          { type: 'INDIVIDUAL', userId: a.id, dueType: 'FIXED', dueDate: new Date('2027-06-30T00:00:00Z') },
        ],
      },
    },
  });
  const certification = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'sync-cert',
      fullName: 'Fire Safety',
      certification: { create: {} },
      courseSets: { create: [{ label: 'Set', courses: { create: [{ courseId: course2.id }] } }] },
      assignments: {
        create: [
          { type: 'ORGANISATION', organisationId: org.id, dueType: 'FIXED', dueDate: new Date('2027-01-31T00:00:00Z') },
          { type: 'INDIVIDUAL', userId: loner.id },
        ],
      },
    },
  });

  // The loner is certified already: their certification's program record starts complete.
  await db.certificationCompletion.create({
    data: {
      certificationId: (await db.certification.findUniqueOrThrow({ where: { programId: certification.id } })).id,
      userId: loner.id,
      status: 'CERTIFIED',
      timeCompleted: new Date(NOW.getTime() - 10 * DAY),
      timeWindowOpens: new Date(NOW.getTime() + 600 * DAY),
      timeExpires: new Date(NOW.getTime() + 630 * DAY),
    },
  });
  const { result, queries } = await countQueries(() => unsafeSyncProgramAssignments({ now: NOW }));
  expect(result).toEqual({
    assigned: 2 + 1 + 40 + 1,
    programRecords: 2 + 41,
    certificationRecords: 40,
    enrolled: 2 * 2 + 41,
    unassigned: 0,
    released: 0,
    dueDatesChanged: 0,
  });
  // Two statements more since leavers' enrolments are released (re-pointed or suspended) in the same run.
  expect(queries).toBeLessThanOrEqual(21);

  const recordOfCert = () =>
    db.programCompletion.findUniqueOrThrow({
      where: { programId_userId: { programId: certification.id, userId: loner.id } },
    });
  expect(await recordOfCert()).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
  const recordOf = (programId: number, userId: number) =>
    db.programCompletion.findUniqueOrThrow({ where: { programId_userId: { programId, userId } } });
  // a: the audience's 90 days and the individual fixed date; the later one wins.
  expect((await recordOf(program.id, a.id)).dueAt).toEqual(new Date('2027-06-30T00:00:00Z'));
  expect((await recordOf(program.id, b.id)).dueAt).toEqual(new Date(NOW.getTime() + 90 * DAY));
  expect(await db.programCompletion.count({ where: { userId: c.id } })).toBe(0);
  const cert = await db.certificationCompletion.findFirstOrThrow({ where: { userId: staff[0]!.id } });
  expect(cert).toMatchObject({ status: 'ASSIGNED', dueAt: new Date('2027-01-31T00:00:00Z') });
  expect((await db.certificationCompletion.findFirstOrThrow({ where: { userId: loner.id } })).dueAt).toBeNull();
  const enrolment = await db.enrolment.findUniqueOrThrow({
    where: { userId_courseId: { userId: staff[0]!.id, courseId: course2.id } },
  });
  expect(enrolment).toMatchObject({ source: 'CERTIFICATION', sourceProgramId: certification.id, status: 'ACTIVE' });
  expect(
    await db.courseCompletion.count({ where: { userId: { in: staff.map((s) => s.id) }, courseId: course2.id } }),
  ).toBe(40);
  // The reason is kept per assignment.
  expect(await db.programUser.count({ where: { programId: program.id, userId: a.id } })).toBe(2);

  const again = await unsafeSyncProgramAssignments({ now: new Date(NOW.getTime() + DAY) });
  expect(again).toEqual({
    assigned: 0,
    programRecords: 0,
    certificationRecords: 0,
    enrolled: 0,
    unassigned: 0,
    released: 0,
    dueDatesChanged: 0,
  });

  // A new audience member is picked up by the next run.
  const d = await makeUser();
  await db.audienceMember.create({ data: { audienceId: audience.id, userId: d.id } });
  expect(await unsafeSyncProgramAssignments({ programId: program.id })).toEqual({
    assigned: 1,
    programRecords: 1,
    certificationRecords: 0,
    enrolled: 2,
    unassigned: 0,
    released: 0,
    dueDatesChanged: 0,
  });
});
