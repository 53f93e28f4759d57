/** @jest-environment node */
// "Report a problem with this content" ([team] #12 item 6): a learner who may see a course reports a problem with
// it or one of its activities; the report is stored and the owning team's email (the course contact copied) is
// queued in the outbox in the same transaction; the owning team lists and resolves its reports (once, emailing the
// learner); another team's admin, a learner and someone who may not see the course are refused; bad input and a
// flood are refused and change nothing.
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { stopBoss } from '@/lib/jobs/boss';
import { REPORTS_PER_HOUR, reportContentProblem, resolveContentReport } from '@/lib/content-reports/commands';
import {
  countOpenContentReports,
  getContentReportForTeam,
  getReportProblemPage,
  listContentReports,
} from '@/lib/content-reports/queries';
import { reportContentProblemSchema, resolveContentReportSchema } from '@/lib/content-reports/schemas';
import { makeActivity, makeCourse, makeLdAdmin, makeLearner, makeOrganisation } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';

beforeAll(async () => {
  await resetDb();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

async function setup(course: { contactEmail?: string | null; teamEmail?: string | null } = {}) {
  const team = await db.ldTeam.create({
    data: {
      name: `Libraries L&D ${Math.random()}`,
      email: course.teamEmail === undefined ? 'libraries.ld@example.test' : course.teamEmail,
    },
  });
  const admin = (await makeLdAdmin(team.id)).viewer;
  const otherTeam = await db.ldTeam.create({ data: { name: `Other L&D ${Math.random()}` } });
  const outsider = (await makeLdAdmin(otherTeam.id)).viewer;
  const c = await makeCourse({
    ownerTeamId: team.id,
    fullName: 'Active Supervision',
    contactEmail: course.contactEmail === undefined ? 'supervision.contact@example.test' : course.contactEmail,
  });
  const video = await makeActivity(c.id, { name: 'Supervision video', sortOrder: 1 });
  const hidden = await makeActivity(c.id, { name: 'Draft quiz', sortOrder: 2, visible: false });
  const learner = await makeLearner({ firstName: 'Sam', lastName: 'Taylor' });
  return { team, admin, outsider, course: c, video, hidden, learner };
}

const report = (courseId: number, message: string, activityId?: number) =>
  reportContentProblemSchema.parse({
    courseId: String(courseId),
    activityId: activityId ? String(activityId) : '',
    message,
  });
const resolve = (reportId: number, note?: string) =>
  resolveContentReportSchema.parse({ reportId: String(reportId), note });

describe('a learner reports a problem', () => {
  it('stores the report and queues one email to the team, copying the course contact', async () => {
    const { course, video, hidden, learner } = await setup();
    const page = await getReportProblemPage(learner.viewer, course.id);
    expect(page.course.fullName).toBe('Active Supervision');
    // Only activities the learner can see are offered.
    expect(page.activities.map((a) => a.name)).toEqual(['Supervision video']);
    expect(page.activities.map((a) => a.id)).not.toContain(hidden.id);

    const result = await reportContentProblem(
      learner.viewer,
      report(course.id, 'The video stops after 2 minutes.', video.id),
    );
    const stored = await db.contentProblemReport.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({
      courseId: course.id,
      userId: learner.user.id,
      where: 'Supervision video',
      message: 'The video stops after 2 minutes.',
      status: 'OPEN',
    });
    const mails = await db.emailMessage.findMany({ where: { template: 'content-report-team' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toAddress: 'libraries.ld@example.test',
      ccAddresses: ['supervision.contact@example.test'],
      dedupeKey: `content-report-team:${result.id}`,
    });
    expect(mails[0]!.subject).toBe('Problem reported with Active Supervision');
    expect(mails[0]!.text).toContain('The video stops after 2 minutes.');
    expect(mails[0]!.text).toContain('Sam Taylor');
    expect(mails[0]!.text).toContain(`/admin/content-reports/${result.id}`);
  });

  it('goes to the course contact when the team has no address, and is still listed when neither has one', async () => {
    const a = await setup({ teamEmail: null });
    await reportContentProblem(a.learner.viewer, report(a.course.id, 'Out of date policy link'));
    const [toContact] = await db.emailMessage.findMany({
      where: { template: 'content-report-team', toAddress: 'supervision.contact@example.test' },
    });
    expect(toContact).toMatchObject({ ccAddresses: [] });
    expect(toContact!.text).toContain('The course in general');

    const b = await setup({ teamEmail: null, contactEmail: null });
    const before = await db.emailMessage.count();
    const { id, sentTo } = await reportContentProblem(b.learner.viewer, report(b.course.id, 'Typo in the title'));
    expect(sentTo).toBeNull();
    expect(await db.emailMessage.count()).toBe(before);
    const list = await listContentReports(b.admin, { status: 'open', page: 1 });
    expect(list.rows.map((r) => r.id)).toEqual([id]);
  });

  it('refuses empty, over-long and NUL messages, another course’s activity, and a course the person may not see', async () => {
    const { course, learner } = await setup();
    expect(reportContentProblemSchema.safeParse({ courseId: String(course.id), message: '   ' }).success).toBe(false);
    expect(
      reportContentProblemSchema.safeParse({ courseId: String(course.id), message: 'x'.repeat(4001) }).success,
    ).toBe(false);
    expect(reportContentProblemSchema.safeParse({ courseId: String(course.id), message: 'a\u0000b' }).success).toBe(
      false,
    );
    const other = await makeCourse();
    const elsewhere = await makeActivity(other.id);
    await expect(
      reportContentProblem(learner.viewer, report(course.id, 'Wrong activity', elsewhere.id)),
    ).rejects.toBeInstanceOf(ValidationError);

    const otherOrg = await makeOrganisation();
    const restricted = await makeCourse({ visibility: 'RESTRICTED' });
    await db.courseOrganisation.create({ data: { courseId: restricted.id, organisationId: otherOrg.id } });
    await expect(getReportProblemPage(learner.viewer, restricted.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportContentProblem(learner.viewer, report(restricted.id, 'Let me in'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.contentProblemReport.count({ where: { userId: learner.user.id } })).toBe(0);
  });

  it(`allows ${REPORTS_PER_HOUR} reports an hour per person, then refuses with a message`, async () => {
    const { course, learner } = await setup({ teamEmail: null, contactEmail: null });
    for (let i = 0; i < REPORTS_PER_HOUR; i++)
      await reportContentProblem(learner.viewer, report(course.id, `Problem ${i}`));
    await expect(reportContentProblem(learner.viewer, report(course.id, 'One more'))).rejects.toThrow(
      /reports in the last hour/,
    );
    await expect(reportContentProblem(learner.viewer, report(course.id, 'One more'))).rejects.toBeInstanceOf(UserError);
    expect(await db.contentProblemReport.count({ where: { userId: learner.user.id } })).toBe(REPORTS_PER_HOUR);
  });
});

describe('the owning team', () => {
  it('lists its open reports, resolves one once and emails the learner with the note', async () => {
    const { admin, course, video, learner } = await setup();
    const { id } = await reportContentProblem(learner.viewer, report(course.id, 'Broken link in section 2', video.id));
    expect(await countOpenContentReports(admin)).toBe(1);
    const open = await listContentReports(admin, { status: 'open', page: 1 });
    expect(open).toMatchObject({ total: 1, rows: [{ id, where: 'Supervision video', learner: 'Sam Taylor' }] });
    const detail = await getContentReportForTeam(admin, id);
    expect(detail).toMatchObject({ status: 'OPEN', message: 'Broken link in section 2', course: { id: course.id } });

    const twice = await Promise.all([
      resolveContentReport(admin, resolve(id, 'Link fixed, thank you')),
      resolveContentReport(admin, resolve(id, 'Link fixed, thank you')),
    ]);
    expect(twice.map((r) => r.resolved).sort()).toEqual([false, true]);
    const resolved = await getContentReportForTeam(admin, id);
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionNote: 'Link fixed, thank you' });
    expect(resolved.resolvedBy).toBe(`${admin.firstName} ${admin.lastName}`);
    const mails = await db.emailMessage.findMany({ where: { template: 'content-report-resolved' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe(learner.user.email);
    expect(mails[0]!.text).toContain('Link fixed, thank you');
    expect((await listContentReports(admin, { status: 'open', page: 1 })).total).toBe(0);
    expect((await listContentReports(admin, { status: 'resolved', page: 1 })).rows.map((r) => r.id)).toEqual([id]);
  });

  it('hides reports from another team’s admin and from learners, and they cannot resolve them', async () => {
    const { outsider, course, learner } = await setup();
    const { id } = await reportContentProblem(learner.viewer, report(course.id, 'Spelling mistake'));
    expect((await listContentReports(outsider, { status: 'all', page: 1 })).rows.map((r) => r.id)).not.toContain(id);
    await expect(getContentReportForTeam(outsider, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveContentReport(outsider, resolve(id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listContentReports(learner.viewer, { status: 'open', page: 1 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getContentReportForTeam(learner.viewer, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveContentReport(learner.viewer, resolve(id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getContentReportForTeam(outsider, 2_000_000_000)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.contentProblemReport.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');
  });
});
