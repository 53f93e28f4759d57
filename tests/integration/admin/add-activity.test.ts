/** @jest-environment node */
// One path for adding activities ([authoring] #20 items 2 and 7): "Add an activity" creates what each type needs
// in one transaction and says where to set it up next; types not built yet are refused; the backfill migration
// gives older activities their missing records.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { addActivity } from '@/lib/activities/commands';
import { activitySchema } from '@/lib/completion/schemas';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/errors';
import { createQuiz } from '@/lib/quiz/admin-commands';
import { getQuizForEdit, listManagedQuizzes } from '@/lib/quiz/admin-queries';
import { getScormPackageDetails } from '@/lib/scorm/queries';
import { getWorkshopAdmin } from '@/lib/workshops/admin-queries';
import { makeActivity, makeCourse, makeLdAdmin, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

const input = (type: string, name = `A ${type.toLowerCase()}`) =>
  activitySchema.parse({ type, name, contentHtml: '<p>Read</p>', completionMode: 'AUTOMATIC', visible: 'yes' });

async function setup() {
  const team = await makeTeam();
  const other = await makeTeam();
  const admin = (await makeLdAdmin(team.id)).viewer;
  const outsider = (await makeLdAdmin(other.id)).viewer;
  const course = await makeCourse({ ownerTeamId: team.id });
  return { admin, outsider, course };
}

describe('Add an activity', () => {
  it('creates a quiz with its quiz record, listed in Admin › Quizzes, and goes to its questions', async () => {
    const { admin, course } = await setup();
    const { id, next } = await addActivity(admin, course.id, input('QUIZ', 'Fire quiz'));
    expect(next).toBe(`/admin/quizzes/${id}`);
    expect(await db.quiz.count({ where: { activityId: id } })).toBe(1);
    expect((await getQuizForEdit(admin, id)).activity.name).toBe('Fire quiz');
    expect((await listManagedQuizzes(admin)).quizzes.map((q) => q.activityId)).toContain(id);
  });

  it('creates a workshop with its settings and goes to its sessions', async () => {
    const { admin, course } = await setup();
    const { id, next } = await addActivity(admin, course.id, input('WORKSHOP'));
    expect(next).toBe(`/admin/workshops/${id}`);
    expect((await getWorkshopAdmin(admin, id)).sessions).toEqual([]);
  });

  it('sends an eLearning activity to its package upload page, and a certificate gets its record', async () => {
    const { admin, course } = await setup();
    const scorm = await addActivity(admin, course.id, input('SCORM'));
    expect(scorm.next).toBe(`/admin/activities/${scorm.id}/scorm`);
    expect(await getScormPackageDetails(admin, scorm.id)).toBeNull();
    const certificate = await addActivity(admin, course.id, input('CERTIFICATE'));
    expect(certificate.next).toBe(`/admin/activities/${certificate.id}`);
    expect(await db.certificate.count({ where: { activityId: certificate.id } })).toBe(1);
    const feedback = await addActivity(admin, course.id, input('FEEDBACK'));
    expect(feedback.next).toBe(`/admin/feedback/${feedback.id}`);
    expect(await db.feedbackForm.count({ where: { activityId: feedback.id } })).toBe(1);
    const page = await addActivity(admin, course.id, input('PAGE'));
    expect(page.next).toBe(`/admin/activities/${page.id}`);
  });

  it('creates an access request with its form named after the activity', async () => {
    const { admin, course } = await setup();
    const access = await addActivity(admin, course.id, input('ACCESS_REQUEST', 'Request access to EYES'));
    expect(access.next).toBe(`/admin/access-requests/activity/${access.id}`);
    expect((await db.accessRequestForm.findUniqueOrThrow({ where: { activityId: access.id } })).systemName).toBe(
      'Request access to EYES',
    );
  });

  it('refuses other teams, creating nothing', async () => {
    const { outsider, course } = await setup();
    await expect(addActivity(outsider, course.id, input('QUIZ'))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.activity.count({ where: { courseId: course.id } })).toBe(0);
  });

  it('"Add a quiz" takes the same path: activity and quiz together, at the end of the course', async () => {
    const { admin, course } = await setup();
    const first = await addActivity(admin, course.id, input('PAGE'));
    const { activityId } = await createQuiz(admin, course.id, 'Final check');
    const rows = await db.activity.findMany({
      where: { courseId: course.id },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, requirePassingGrade: true, quiz: { select: { id: true } } },
    });
    expect(rows.map((r) => r.id)).toEqual([first.id, activityId]);
    expect(rows[1]).toMatchObject({ requirePassingGrade: true, quiz: { id: expect.any(Number) } });
  });
});

describe('backfill migration', () => {
  const dir = path.join(process.cwd(), 'prisma', 'migrations');
  const name = readdirSync(dir).find((d) => d.endsWith('_backfill_activity_records'));
  const statements = readFileSync(path.join(dir, name!, 'migration.sql'), 'utf8')
    .split(/;\s*\n/)
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter(Boolean);

  it('gives QUIZ, WORKSHOP and CERTIFICATE activities without records their records, once', async () => {
    const { admin, course } = await setup();
    const quiz = await makeActivity(course.id, { type: 'QUIZ', requireView: false });
    const workshop = await makeActivity(course.id, { type: 'WORKSHOP', requireView: false });
    const certificate = await makeActivity(course.id, { type: 'CERTIFICATE' });
    const kept = await addActivity(admin, course.id, input('QUIZ'));
    await db.quiz.update({ where: { activityId: kept.id }, data: { passPercent: 90 } });
    await expect(getQuizForEdit(admin, quiz.id)).rejects.toThrow();

    for (const run of [1, 2]) {
      for (const sql of statements) await db.$executeRawUnsafe(sql);
      expect(await db.quiz.count({ where: { activity: { courseId: course.id } } })).toBe(2);
      expect(await db.workshop.count({ where: { activityId: workshop.id } })).toBe(1);
      expect(await db.certificate.count({ where: { activityId: certificate.id } })).toBe(1);
      void run;
    }
    expect(Number((await db.quiz.findUniqueOrThrow({ where: { activityId: quiz.id } })).passPercent)).toBe(70);
    expect(Number((await db.quiz.findUniqueOrThrow({ where: { activityId: kept.id } })).passPercent)).toBe(90);
    expect((await getQuizForEdit(admin, quiz.id)).activity.id).toBe(quiz.id);
    expect((await getWorkshopAdmin(admin, workshop.id)).workshop.activityId).toBe(workshop.id);
  });
});
