/** @jest-environment node */
// Program and certification progress from the completion events (issue 11 items 2 and 3): completing the last
// course completes the program, or certifies with the rules' dates, in the same transaction (no cron lag); the
// expiry goes on the course certificate; the window-open reset drops the renewal's progress; a certified learner
// re-doing a course changes nothing.
import { certifiedDates, type CertificationSettings } from '@/lib/certifications/rules';
import { recordActivityFacts } from '@/lib/completion/facts';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { db } from '@/lib/db';
import { registerSubscribers } from '@/lib/subscribers';
import { enrol, makeActivity, makeCourse, makeUser } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(async () => {
  await resetDb();
  registerSubscribers();
});
afterAll(disconnect);

async function courseWithPage() {
  const course = await makeCourse();
  const page = await makeActivity(course.id);
  return { course, page };
}

async function complete(userId: number, activityId: number) {
  await recordActivityFacts(db, { userId, activityId, facts: { viewed: true } });
}

it('a program completes the moment its last required course does (THEN sets, optional set ignored)', async () => {
  const [a, b, c] = [await courseWithPage(), await courseWithPage(), await courseWithPage()];
  const user = await makeUser();
  const program = await db.program.create({
    data: {
      shortName: 'induction-test',
      fullName: 'Induction',
      courseSets: {
        create: [
          { label: 'First', sortOrder: 0, courses: { create: [{ courseId: a.course.id }] } },
          { label: 'Then', sortOrder: 1, nextOperator: 'AND', courses: { create: [{ courseId: b.course.id }] } },
          {
            label: 'Extras',
            sortOrder: 2,
            completionType: 'OPTIONAL',
            courses: { create: [{ courseId: c.course.id }] },
          },
        ],
      },
      completions: { create: { userId: user.id } },
    },
  });
  for (const x of [a, b, c]) await enrol(user.id, x.course.id);
  const row = () => db.programCompletion.findFirstOrThrow({ where: { programId: program.id, userId: user.id } });
  await complete(user.id, a.page.id);
  expect(await row()).toMatchObject({ status: 'INCOMPLETE', progressPercent: 50 });
  expect((await row()).startedAt).not.toBeNull();
  await complete(user.id, b.page.id);
  const done = await row();
  expect(done.status).toBe('COMPLETE');
  expect(done.progressPercent).toBe(100);
  const courseDone = await db.courseCompletion.findFirstOrThrow({ where: { userId: user.id, courseId: b.course.id } });
  expect(done.completedAt!.getTime()).toBe(courseDone.timeCompleted!.getTime());
  // Programs complete once: a later reset of a course leaves it complete.
  await resetCourseForUser(db, { userId: user.id, courseId: a.course.id, reason: 'ADMIN_RESET' });
  expect((await row()).status).toBe('COMPLETE');
});

it('a certification certifies at once with the rules’ dates, prints the expiry on the certificate, and resets', async () => {
  const { course, page } = await courseWithPage();
  const certActivity = await makeActivity(course.id, {
    type: 'CERTIFICATE',
    name: 'Certificate',
    completionMode: 'NONE',
    requireView: false,
  });
  await db.certificate.create({ data: { activityId: certActivity.id } });
  const user = await makeUser();
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'fire-test',
      fullName: 'Fire Safety',
      certification: { create: { recertifyFrom: 'COMPLETION_DATE' } },
      courseSets: {
        create: [
          { label: 'Certification', path: 'CERT', courses: { create: [{ courseId: course.id }] } },
          { label: 'Recertification', path: 'RECERT', courses: { create: [{ courseId: course.id }] } },
        ],
      },
      completions: { create: { userId: user.id } },
    },
    include: { certification: true },
  });
  const certificationId = program.certification!.id;
  await db.certificationCompletion.create({ data: { certificationId, userId: user.id } });
  await enrol(user.id, course.id);
  await complete(user.id, page.id);

  const record = await db.certificationCompletion.findFirstOrThrow({ where: { certificationId, userId: user.id } });
  const completedAt = (await db.courseCompletion.findFirstOrThrow({ where: { userId: user.id, courseId: course.id } }))
    .timeCompleted!;
  const settings: CertificationSettings = {
    active: { value: 2, unit: 'YEAR' },
    window: { value: 1, unit: 'MONTH' },
    minimumActive: null,
    recertifyFrom: 'COMPLETION_DATE',
  };
  const expected = certifiedDates(settings, { completedAt, previousExpires: null, dueAt: null });
  expect(record).toMatchObject({ status: 'CERTIFIED', renewalStatus: 'NOT_DUE', path: 'RECERT', ...expected });
  expect(
    await db.programCompletion.findFirstOrThrow({ where: { programId: program.id, userId: user.id } }),
  ).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
  const issue = await db.certificateIssue.findFirstOrThrow({ where: { userId: user.id, currentFlag: true } });
  expect(issue.validUntil!.getTime()).toBe(expected.timeExpires.getTime());

  // Re-doing the course while certified changes nothing.
  await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'ADMIN_RESET' });
  expect((await db.certificationCompletion.findUniqueOrThrow({ where: { id: record.id } })).timeExpires).toEqual(
    expected.timeExpires,
  );

  // In the renewal window (as the scheduled pass leaves it), a reset shows no progress; renewing certifies again.
  await db.certificationCompletion.update({ where: { id: record.id }, data: { renewalStatus: 'DUE' } });
  await db.programCompletion.updateMany({ where: { programId: program.id }, data: { status: 'INCOMPLETE' } });
  await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'RECERTIFICATION' });
  expect(
    await db.programCompletion.findFirstOrThrow({ where: { programId: program.id, userId: user.id } }),
  ).toMatchObject({ status: 'INCOMPLETE', progressPercent: 0 });
  await db.activityCompletion.deleteMany({ where: { userId: user.id } });
  await complete(user.id, page.id);
  const renewed = await db.certificationCompletion.findUniqueOrThrow({ where: { id: record.id } });
  expect(renewed).toMatchObject({ status: 'CERTIFIED', renewalStatus: 'NOT_DUE' });
  expect(renewed.timeCompleted!.getTime()).toBeGreaterThan(completedAt.getTime());
  // The renewal issued a new certificate with the new date and expiry; the first one is archived.
  const issues = await db.certificateIssue.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } });
  expect(issues.map((i) => i.currentFlag)).toEqual([null, true]);
  expect(issues[1]!.validUntil!.getTime()).toBe(renewed.timeExpires!.getTime());
});

it('first progress on an assigned certification shows it in progress', async () => {
  const a = await courseWithPage();
  const b = await courseWithPage();
  const user = await makeUser();
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'two-courses',
      fullName: 'Two courses',
      certification: { create: {} },
      courseSets: {
        create: [{ label: 'All', courses: { create: [{ courseId: a.course.id }, { courseId: b.course.id }] } }],
      },
    },
    include: { certification: true },
  });
  await db.certificationCompletion.create({ data: { certificationId: program.certification!.id, userId: user.id } });
  await enrol(user.id, a.course.id);
  await complete(user.id, a.page.id);
  expect((await db.certificationCompletion.findFirstOrThrow({ where: { userId: user.id } })).status).toBe(
    'IN_PROGRESS',
  );
});
