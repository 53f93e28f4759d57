/** @jest-environment node */
// The program page's data (issue 11 item 2): date assigned, due date with overdue, why the learner must do it
// (audience, organisation, individual), each set's rule, THEN-locked sets and per-course status.
import { getProgramOverview } from '@/lib/catalogue/programs';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { registerSubscribers } from '@/lib/subscribers';
import { enrol, makeActivity, makeAudience, makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(async () => {
  await resetDb();
  registerSubscribers();
});
afterAll(disconnect);

it('shows assignment, reasons, overdue and locked sets; unlocks the next set when the first is done', async () => {
  const { user, viewer } = await makeLearner();
  const first = await makeCourse();
  const second = await makeCourse();
  const page = await makeActivity(first.id);
  const audience = await makeAudience([user.id], { name: 'All HCC' });
  const program = await db.program.create({
    data: {
      shortName: 'induction-overview',
      fullName: 'Induction',
      courseSets: {
        create: [
          { label: 'Start here', sortOrder: 0, courses: { create: [{ courseId: first.id }] } },
          { label: 'Next', sortOrder: 1, completionType: 'ANY', courses: { create: [{ courseId: second.id }] } },
        ],
      },
    },
  });
  const assignedAt = new Date('2026-09-01T09:00:00Z');
  const dueAt = new Date('2026-11-01T00:00:00Z');
  const byAudience = await db.programAssignment.create({
    data: { programId: program.id, type: 'AUDIENCE', audienceId: audience.id },
  });
  const individually = await db.programAssignment.create({
    data: { programId: program.id, type: 'INDIVIDUAL', userId: user.id },
  });
  await db.programUser.createMany({
    data: [
      { programId: program.id, userId: user.id, assignmentId: byAudience.id, assignedAt },
      { programId: program.id, userId: user.id, assignmentId: individually.id },
    ],
  });
  await db.programCompletion.create({ data: { programId: program.id, userId: user.id, assignedAt, dueAt } });

  const before = await getProgramOverview(viewer, program.id);
  expect(before.assignment).toMatchObject({
    assignedAt,
    dueAt,
    reasons: ["you are a member of the audience 'All HCC'", 'it was assigned to you individually'],
    program: { key: 'not_started', overdue: true },
  });
  expect(before.sets.map((s) => [s.label, s.completionType, s.locked, s.complete])).toEqual([
    ['Start here', 'ALL', false, false],
    ['Next', 'ANY', true, false],
  ]);
  expect(before.sets[0]!.courses[0]).toMatchObject({ id: first.id, status: null, progressPercent: null });

  await enrol(user.id, first.id);
  await recordActivityFacts(db, { userId: user.id, activityId: page.id, facts: { viewed: true } });
  const after = await getProgramOverview(viewer, program.id);
  expect(after.sets.map((s) => [s.locked, s.complete])).toEqual([
    [false, true],
    [false, false],
  ]);
  expect(after.sets[0]!.courses[0]).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
  expect(after.progressPercent).toBe(50);
  expect(after.assignment!.program).toMatchObject({ key: 'in_progress', overdue: true });
});

it('someone not assigned sees the courses without an assignment', async () => {
  const { viewer } = await makeLearner();
  const course = await makeCourse();
  const program = await db.program.create({
    data: {
      shortName: 'open-program',
      fullName: 'Open',
      courseSets: { create: [{ label: 'Only', courses: { create: [{ courseId: course.id }] } }] },
    },
  });
  const overview = await getProgramOverview(viewer, program.id);
  expect(overview.assigned).toBe(false);
  expect(overview.assignment).toBeNull();
  expect(overview.sets[0]!.locked).toBe(false);
});
