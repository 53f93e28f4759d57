/** @jest-environment node */
import type { Viewer } from '@/lib/auth/viewer';
import { getCoursePage } from '@/lib/catalogue/course-page';
import { searchCatalogue } from '@/lib/catalogue/search';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { ensureEnrolled } from '@/lib/enrolment/commands';
import { getDashboard } from '@/lib/records/dashboard';
import { listCourseRecords } from '@/lib/records/queries';
import { makeActivity, makeCategory, makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { countQueries } from '../../helpers/query-count';

beforeAll(resetDb);
afterAll(disconnect);

// A learner with `n` enrolments, some complete, some with history, plus a certification.
async function learnerWith(n: number): Promise<{ viewer: Viewer; courseId: number }> {
  const { user, viewer } = await makeLearner();
  const category = await makeCategory();
  let courseId = 0;
  for (let i = 0; i < n; i += 1) {
    const course = await makeCourse({ categoryId: category.id, fullName: `Course ${n}-${i}` });
    const a = await makeActivity(course.id);
    const b = await makeActivity(course.id, { completionMode: 'MANUAL', requireView: false });
    await db.activityRestriction.create({ data: { activityId: b.id, requiredActivityId: a.id } });
    await ensureEnrolled(db, { userId: user.id, courseId: course.id, source: 'SELF' });
    if (i % 2 === 0) await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
    if (i % 3 === 0) {
      await db.courseCompletionHistory.create({
        data: { userId: user.id, courseId: course.id, timeCompleted: new Date(2020, 0, i + 1) },
      });
    }
    courseId = course.id;
  }
  const program = await db.program.create({
    data: { kind: 'CERTIFICATION', shortName: `CERT-${n}`, fullName: `Certification ${n}` },
  });
  const certification = await db.certification.create({ data: { programId: program.id } });
  await db.certificationCompletion.create({ data: { certificationId: certification.id, userId: user.id } });
  return { viewer, courseId };
}

describe('pages render from a fixed number of queries', () => {
  it('does not grow with the number of enrolments', async () => {
    const small = await learnerWith(3);
    const large = await learnerWith(40);
    const measure = async ({ viewer, courseId }: { viewer: Viewer; courseId: number }) => ({
      catalogue: (await countQueries(() => searchCatalogue(viewer, { q: 'course' }))).queries,
      coursePage: (await countQueries(() => getCoursePage(viewer, courseId))).queries,
      record: (await countQueries(() => listCourseRecords(viewer))).queries,
      dashboard: (await countQueries(() => getDashboard(viewer))).queries,
    });
    const a = await measure(small);
    const b = await measure(large);
    console.log(`SQL statements per page (3 vs 40 enrolments): ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    expect(b).toEqual(a);
    expect(a.catalogue).toBeLessThanOrEqual(2);
    expect(a.coursePage).toBeLessThanOrEqual(6);
    expect(a.record).toBeLessThanOrEqual(3);
    expect(a.dashboard).toBeLessThanOrEqual(5);
    // The record page really returned the learner's rows (a page of 25).
    expect((await listCourseRecords(large.viewer)).rows).toHaveLength(25);
  });
});
