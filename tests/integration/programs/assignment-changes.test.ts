/** @jest-environment node */
// Assignment sync, changes over time (issue 11 item 2): a relative due date in months on the London calendar,
// people who leave an audience are unassigned (an incomplete program record goes, a completed one stays; a
// certified cycle is kept in the history and comes back on reassignment), a changed due date reaches people not
// yet done, and someone assigned after finishing the courses is complete at once.
import { db } from '@/lib/db';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { makeAudience, makeCourse, makeUser } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

const NOW = new Date('2027-01-31T10:00:00Z');

beforeAll(resetDb);
afterAll(disconnect);

async function program(courseIds: number[], over: { kind?: 'PROGRAM' | 'CERTIFICATION' } = {}) {
  return db.program.create({
    data: {
      kind: over.kind ?? 'PROGRAM',
      shortName: `p-${Math.random().toString(36).slice(2)}`,
      fullName: 'Induction',
      ...(over.kind === 'CERTIFICATION' ? { certification: { create: {} } } : {}),
      courseSets: { create: [{ label: 'Set', courses: { create: courseIds.map((courseId) => ({ courseId })) } }] },
    },
    include: { certification: true },
  });
}

it('counts "within 3 months" on the London calendar (31 January + 3 months = 30 April, summer time)', async () => {
  const person = await makeUser();
  const audience = await makeAudience([person.id]);
  const p = await program([(await makeCourse()).id]);
  await db.programAssignment.create({
    data: {
      programId: p.id,
      type: 'AUDIENCE',
      audienceId: audience.id,
      dueType: 'RELATIVE',
      dueWithinValue: 3,
      dueWithinUnit: 'MONTH',
    },
  });
  await unsafeSyncProgramAssignments({ programId: p.id, now: NOW });
  const record = await db.programCompletion.findUniqueOrThrow({
    where: { programId_userId: { programId: p.id, userId: person.id } },
  });
  // 10:00 GMT on 31 January is 10:00 BST on 30 April (09:00 UTC).
  expect(record.dueAt).toEqual(new Date('2027-04-30T09:00:00Z'));
});

it('unassigns leavers, keeps completed programs, moves due dates on an admin change, and a second run changes nothing', async () => {
  const [stays, leaves, finished] = [await makeUser(), await makeUser(), await makeUser()];
  const audience = await makeAudience([stays.id, leaves.id, finished.id]);
  const p = await program([(await makeCourse()).id]);
  const assignment = await db.programAssignment.create({
    data: { programId: p.id, type: 'AUDIENCE', audienceId: audience.id, dueType: 'FIXED', dueDate: NOW },
  });
  await unsafeSyncProgramAssignments({ programId: p.id, now: NOW });
  await db.programCompletion.update({
    where: { programId_userId: { programId: p.id, userId: finished.id } },
    data: { status: 'COMPLETE', progressPercent: 100, completedAt: NOW },
  });

  await db.audienceMember.deleteMany({ where: { audienceId: audience.id, userId: { in: [leaves.id, finished.id] } } });
  const later = new Date('2027-03-01T00:00:00Z');
  await db.programAssignment.update({ where: { id: assignment.id }, data: { dueDate: later } });
  // The hourly run leaves due dates alone; an admin's change to the assignments recomputes them.
  expect(await unsafeSyncProgramAssignments({ programId: p.id, now: NOW })).toMatchObject({
    unassigned: 2,
    dueDatesChanged: 0,
  });
  const result = await unsafeSyncProgramAssignments({ programId: p.id, now: NOW, recomputeDueDates: true });
  expect(result).toMatchObject({ unassigned: 0, dueDatesChanged: 1, assigned: 0 });

  const records = await db.programCompletion.findMany({ where: { programId: p.id }, orderBy: { userId: 'asc' } });
  expect(records.map((r) => [r.userId, r.status, r.dueAt])).toEqual([
    [stays.id, 'INCOMPLETE', later],
    // The finished person's completion stays in their record; its due date does not change after completion.
    [finished.id, 'COMPLETE', NOW],
  ]);
  expect(await db.programUser.count({ where: { programId: p.id } })).toBe(1);
  expect(await unsafeSyncProgramAssignments({ programId: p.id, now: NOW, recomputeDueDates: true })).toMatchObject({
    assigned: 0,
    unassigned: 0,
    dueDatesChanged: 0,
    programRecords: 0,
  });
});

it('keeps a certified cycle in the history when unassigned and restores it on reassignment', async () => {
  const person = await makeUser();
  const c = await program([(await makeCourse()).id], { kind: 'CERTIFICATION' });
  const assignment = await db.programAssignment.create({
    data: { programId: c.id, type: 'INDIVIDUAL', userId: person.id },
  });
  await unsafeSyncProgramAssignments({ programId: c.id, now: NOW });
  const cycle = {
    timeCompleted: new Date('2026-06-01T09:00:00Z'),
    timeWindowOpens: new Date('2028-05-01T09:00:00Z'),
    timeExpires: new Date('2028-06-01T09:00:00Z'),
  };
  await db.certificationCompletion.update({
    where: { certificationId_userId: { certificationId: c.certification!.id, userId: person.id } },
    data: { status: 'CERTIFIED', path: 'RECERT', ...cycle },
  });

  await db.programAssignment.delete({ where: { id: assignment.id } });
  await unsafeSyncProgramAssignments({ programId: c.id, now: NOW });
  expect(await db.certificationCompletion.count({ where: { userId: person.id } })).toBe(0);
  expect(await db.certificationHistory.findMany({ where: { userId: person.id } })).toEqual([
    expect.objectContaining({ unassigned: true, status: 'CERTIFIED', ...cycle }),
  ]);

  await db.programAssignment.create({ data: { programId: c.id, type: 'INDIVIDUAL', userId: person.id } });
  await unsafeSyncProgramAssignments({ programId: c.id, now: NOW });
  expect(await db.certificationCompletion.findFirstOrThrow({ where: { userId: person.id } })).toMatchObject({
    status: 'CERTIFIED',
    renewalStatus: 'NOT_DUE',
    path: 'RECERT',
    ...cycle,
  });
  expect(await db.certificationHistory.count({ where: { userId: person.id } })).toBe(0);
  expect(
    await db.programCompletion.findUniqueOrThrow({
      where: { programId_userId: { programId: c.id, userId: person.id } },
    }),
  ).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
});

it('completes at once for someone assigned after finishing the courses, dated by their last completion', async () => {
  const person = await makeUser();
  const [a, b] = [await makeCourse(), await makeCourse()];
  const finishedAt = new Date('2026-11-20T15:00:00Z');
  await db.courseCompletion.createMany({
    data: [
      { userId: person.id, courseId: a.id, status: 'COMPLETE', progressPercent: 100, timeCompleted: finishedAt },
      { userId: person.id, courseId: b.id, status: 'COMPLETE', progressPercent: 100, timeCompleted: NOW },
    ],
  });
  const p = await program([a.id, b.id]);
  await db.programAssignment.create({ data: { programId: p.id, type: 'INDIVIDUAL', userId: person.id } });
  await unsafeSyncProgramAssignments({ programId: p.id, now: new Date('2027-02-10T10:00:00Z') });
  expect(
    await db.programCompletion.findUniqueOrThrow({
      where: { programId_userId: { programId: p.id, userId: person.id } },
    }),
  ).toMatchObject({ status: 'COMPLETE', progressPercent: 100, completedAt: NOW });
});
