/** @jest-environment node */
import { db } from '@/lib/db';
import { ensureEnrolled } from '@/lib/enrolment/commands';
import { isEnrolled } from '@/lib/enrolment/queries';
import { makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

describe('ensureEnrolled', () => {
  it('enrols once and creates the Record of Learning entry', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    expect(await isEnrolled(user.id, course.id)).toBe(false);
    expect(await ensureEnrolled(db, { userId: user.id, courseId: course.id, source: 'SELF' })).toEqual({
      created: true,
    });
    expect(await ensureEnrolled(db, { userId: user.id, courseId: course.id, source: 'SELF' })).toEqual({
      created: false,
    });
    expect(await isEnrolled(user.id, course.id)).toBe(true);
    expect(await db.enrolment.count({ where: { userId: user.id, courseId: course.id } })).toBe(1);
    expect(
      await db.courseCompletion.findUnique({ where: { userId_courseId: { userId: user.id, courseId: course.id } } }),
    ).toMatchObject({
      status: 'NOT_STARTED',
      progressPercent: 0,
    });
  });

  it('enrols once under parallel calls (a double click)', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => ensureEnrolled(db, { userId: user.id, courseId: course.id, source: 'SELF' })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.enrolment.count({ where: { userId: user.id, courseId: course.id } })).toBe(1);
    expect(await db.courseCompletion.count({ where: { userId: user.id, courseId: course.id } })).toBe(1);
  });

  it('keeps the program that enrolled the learner and reactivates a suspended enrolment', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const program = await db.program.create({ data: { shortName: 'IND', fullName: 'Hertfordshire Induction' } });
    await db.$transaction((tx) =>
      ensureEnrolled(tx, { userId: user.id, courseId: course.id, source: 'PROGRAM', sourceProgramId: program.id }),
    );
    await db.enrolment.updateMany({ where: { userId: user.id, courseId: course.id }, data: { status: 'SUSPENDED' } });
    expect(await isEnrolled(user.id, course.id)).toBe(false);
    await ensureEnrolled(db, { userId: user.id, courseId: course.id, source: 'SELF' });
    const enrolment = await db.enrolment.findUniqueOrThrow({
      where: { userId_courseId: { userId: user.id, courseId: course.id } },
    });
    expect(enrolment).toMatchObject({ status: 'ACTIVE', source: 'PROGRAM', sourceProgramId: program.id });
  });
});
