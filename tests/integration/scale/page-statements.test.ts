/** @jest-environment node */
// Issue 13 item 3: SQL statements per learner page, counted on real PostgreSQL, with the per-request overhead
// (viewer with branding, required-learning check) included. Each page here makes the reads its route makes.
import { loadSignedIn, type Viewer } from '@/lib/auth/viewer';
import { getCategoryView, listCategoryOptions } from '@/lib/catalogue/categories';
import { getCoursePage } from '@/lib/catalogue/course-page';
import { searchCatalogue } from '@/lib/catalogue/search';
import { listOwnCurrentCertificates } from '@/lib/certificates/queries';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { ensureEnrolled } from '@/lib/enrolment/commands';
import { hasRequiredLearning } from '@/lib/programs/queries';
import { getDashboard } from '@/lib/records/dashboard';
import { getRecordTabs, listCourseRecords } from '@/lib/records/queries';
import { listRequiredLearning } from '@/lib/records/required';
import { makeActivity, makeCategory, makeCourse, makeLearner, makeOrganisation } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { countQueries } from '../../helpers/query-count';

beforeAll(resetDb);
afterAll(disconnect);

type Learner = { viewer: Viewer; courseId: number; categoryId: number };

async function learnerWith(n: number, organisationId: number): Promise<Learner> {
  const { user, viewer } = await makeLearner({ organisationId });
  const parent = await makeCategory();
  const category = await makeCategory({ parentId: parent.id });
  let courseId = 0;
  for (let i = 0; i < n; i += 1) {
    const course = await makeCourse({ categoryId: category.id, fullName: `Safety course ${n}-${i}` });
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
  return { viewer, courseId, categoryId: category.id };
}

// What every signed-in page runs before its own reads: the layout's viewer (with branding) and the task bar's
// required-learning check.
async function overhead(viewer: Viewer) {
  const signedIn = await loadSignedIn(viewer.id, 1);
  expect(signedIn?.branding.organisationId).toBe(viewer.organisationId);
  await hasRequiredLearning(viewer);
}

const PAGES: Record<string, (l: Learner) => Promise<unknown>> = {
  floor: async () => undefined,
  home: (l) => getDashboard(l.viewer),
  recordOfLearning: async (l) => {
    await getRecordTabs(l.viewer);
    const records = await listCourseRecords(l.viewer);
    await listOwnCurrentCertificates(
      l.viewer,
      records.rows.map((r) => r.courseId),
    );
  },
  requiredLearning: (l) => listRequiredLearning(l.viewer),
  findLearningSearch: (l) => Promise.all([searchCatalogue(l.viewer, { q: 'safety course' }), listCategoryOptions()]),
  coursePage: (l) => getCoursePage(l.viewer, l.courseId),
  categoryPage: async (l) => {
    await getCategoryView(l.viewer, l.categoryId);
    await searchCatalogue(l.viewer, { categoryId: l.categoryId, directOnly: true });
  },
};

async function measure(learner: Learner): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, page] of Object.entries(PAGES)) {
    counts[name] = (
      await countQueries(async () => {
        await overhead(learner.viewer);
        await page(learner);
      })
    ).queries;
  }
  return counts;
}

describe('learner pages', () => {
  it('run at most 8 statements each, 2 of them per-request overhead, whatever the record size', async () => {
    const org = await makeOrganisation();
    const small = await learnerWith(3, org.id);
    const large = await learnerWith(40, org.id);
    const a = await measure(small);
    const b = await measure(large);
    console.log(`SQL statements per learner page (3 vs 40 enrolments):\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    expect(b).toEqual(a);
    expect(a.floor).toBe(2);
    for (const [name, n] of Object.entries(a)) expect([name, n <= 8]).toEqual([name, true]);
    // The reads returned the learner's real rows.
    const records = await listCourseRecords(large.viewer);
    expect(records.total).toBe(40);
    expect(records.rows).toHaveLength(25);
    expect((await getCoursePage(large.viewer, large.courseId)).enrolment).not.toBeNull();
  }, 120_000);
});
