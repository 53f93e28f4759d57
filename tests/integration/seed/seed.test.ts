/** @jest-environment node */
// The demo data: the fixed sign-ins and their hierarchy, consistent learning records, workshop seat counts,
// certification states, and determinism (two runs on two fresh databases give the same data).
import { verifyPassword } from '@/lib/accounts/password';
import { db } from '@/lib/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/prisma/seed/demo-accounts';
import { seed } from '@/prisma/seed/seed';
import { SEAT_STATUSES } from '@/prisma/seed/workshops';
import { disconnect, resetDb } from '../../helpers/db';

jest.setTimeout(180_000);

const NOW = new Date('2026-03-10T08:30:00Z');

/** A compact fingerprint of the seeded data, compared between two runs. */
async function fingerprint() {
  const [users, courses, certs, bookings, codes, completions] = await Promise.all([
    db.user.findMany({
      select: { username: true, firstName: true, lastName: true, email: true },
      orderBy: { id: 'asc' },
    }),
    db.course.findMany({ select: { shortName: true, fullName: true }, orderBy: { id: 'asc' } }),
    db.certificationCompletion.findMany({
      select: {
        userId: true,
        certificationId: true,
        status: true,
        renewalStatus: true,
        timeExpires: true,
        dueAt: true,
      },
      orderBy: { id: 'asc' },
    }),
    db.booking.findMany({ select: { userId: true, sessionId: true, status: true }, orderBy: { id: 'asc' } }),
    db.certificateIssue.findMany({ select: { code: true }, orderBy: { id: 'asc' } }),
    db.courseCompletion.findMany({
      select: { userId: true, courseId: true, status: true, progressPercent: true, timeCompleted: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  return { users, courses, certs, bookings, codes, completions };
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

let firstRun: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  await resetDb();
  const result = await seed(db, { now: NOW });
  expect(result.skipped).toBe(false);
  firstRun = await fingerprint();
});
afterAll(disconnect);

async function userByName(username: string) {
  return db.user.findUniqueOrThrow({
    where: { username },
    include: {
      organisation: { select: { slug: true } },
      jobAssignments: { select: { managerId: true, manager: { select: { username: true } } } },
      teamMemberships: { select: { role: true, team: { select: { name: true } } } },
    },
  });
}

describe('organisations and settings', () => {
  it('creates the three organisations with readable brand colours', async () => {
    const orgs = await db.organisation.findMany({ orderBy: { slug: 'asc' } });
    expect(orgs.map((o) => [o.slug, o.kind])).toEqual([
      ['hcc', 'COUNCIL'],
      ['schools', 'SCHOOLS'],
      ['wbc', 'PARTNER'],
    ]);
    const hcc = orgs.find((o) => o.slug === 'hcc');
    expect(hcc).toMatchObject({
      ssoEnabled: true,
      emailDomains: ['hertfordshire.gov.uk'],
      contactEmail: 'ilearn@hertfordshire.gov.uk',
      contactPhone: '01992 555557 (option 5)',
    });
    expect(orgs.find((o) => o.slug === 'wbc')?.usernamePrefix).toBe('wbc-');
    expect(new Set(orgs.map((o) => o.primaryColour)).size).toBe(3);
    for (const org of orgs) {
      for (const colour of [org.primaryColour, org.accentColour]) {
        const contrast = 1.05 / (luminance(colour) + 0.05);
        expect(contrast).toBeGreaterThanOrEqual(4.5);
      }
      expect(org.dashboardBlocks.length).toBeGreaterThan(0);
    }
  });

  it('stores the password policy, lock-out and cancellation reasons', async () => {
    const settings = Object.fromEntries((await db.setting.findMany()).map((s) => [s.key, s.value]));
    expect(settings.password_policy).toEqual({
      minLength: 8,
      minDigits: 1,
      minLower: 1,
      minUpper: 1,
      minSymbols: 0,
      reuseAfterChanges: 3,
    });
    expect(settings.lockout).toEqual({ threshold: 5, windowMinutes: 30, durationMinutes: 30 });
    expect(settings.cancellation_reasons).toEqual([
      'Work commitments',
      'Illness',
      'Personal reasons',
      'Booked in error',
      'Other',
    ]);
  });
});

describe('people', () => {
  it('creates about 200 people with the username scheme of each organisation', async () => {
    const users = await db.user.findMany({ select: { username: true, organisation: { select: { slug: true } } } });
    expect(users.length).toBeGreaterThanOrEqual(180);
    for (const u of users) {
      if (u.organisation.slug === 'wbc') expect(u.username).toMatch(/^wbc-\d{5}$/);
      else if (u.organisation.slug === 'schools') expect(u.username).toMatch(/^[a-z]+\.[a-z]+$/);
      else if (u.username !== 'ilearn.admin') expect(u.username).toMatch(/^\d{5}$/);
    }
    expect(await db.user.count({ where: { email: null } })).toBeGreaterThanOrEqual(3);
    expect(await db.user.count({ where: { status: 'SUSPENDED' } })).toBe(1);
    expect(await db.user.count({ where: { authMethod: 'SSO' } })).toBeGreaterThanOrEqual(3);
  });

  it('creates every fixed demo account with the shared password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await userByName(account.username);
      expect(`${user.firstName} ${user.lastName}`).toBe(account.name);
      expect(user.status).toBe('ACTIVE');
      expect(account.password).toBe(DEMO_PASSWORD);
    }
    const sam = await userByName('90011');
    expect(await verifyPassword(sam.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(sam.passwordHash, 'wrong-password')).toBe(false);
  });

  it('builds the Sam -> Priya -> Alex line of management', async () => {
    const [sam, priya, alex] = await Promise.all([userByName('90011'), userByName('90002'), userByName('90001')]);
    expect(sam.organisation.slug).toBe('hcc');
    expect(sam.jobAssignments[0]?.manager?.username).toBe('90002');
    expect(priya.jobAssignments[0]?.manager?.username).toBe('90001');
    const priyaTeam = await db.jobAssignment.findMany({ where: { managerId: priya.id }, select: { userId: true } });
    expect(priyaTeam).toHaveLength(8);
    expect(priyaTeam.map((j) => j.userId)).toContain(sam.id);
    const alexTeam = await db.jobAssignment.findMany({ where: { managerId: alex.id }, select: { userId: true } });
    expect(alexTeam.map((j) => j.userId)).toContain(priya.id);
    expect(alexTeam.map((j) => j.userId)).not.toContain(sam.id);
    // Priya's team has different learning states.
    const states = await db.courseCompletion.groupBy({
      by: ['status'],
      where: { userId: { in: priyaTeam.map((j) => j.userId) } },
    });
    expect(states.map((s) => s.status).sort()).toEqual(['COMPLETE', 'IN_PROGRESS', 'NOT_STARTED']);
  });

  it('gives the admins their roles', async () => {
    const [desiree, gill, jordan, john, chris] = await Promise.all([
      userByName('90003'),
      userByName('90004'),
      userByName('ilearn.admin'),
      userByName('john.smith'),
      userByName('wbc-40001'),
    ]);
    expect(desiree.teamMemberships).toEqual([{ role: 'ADMIN', team: { name: 'HR L&D' } }]);
    expect(gill.teamMemberships).toEqual([{ role: 'ADMIN', team: { name: 'Libraries L&D' } }]);
    expect(jordan.isSiteAdmin).toBe(true);
    expect(desiree.isSiteAdmin).toBe(false);
    expect(john.organisation.slug).toBe('schools');
    expect(chris.organisation.slug).toBe('wbc');
    const teams = await db.ldTeam.findMany({ select: { name: true } });
    expect(teams.map((t) => t.name).sort()).toEqual([
      'Adult Care Services L&D',
      "Children's Services L&D",
      'HR L&D',
      'Health and Safety Team',
      'Libraries L&D',
    ]);
    const hrCourses = await db.course.count({ where: { ownerTeam: { name: 'HR L&D' } } });
    expect(hrCourses).toBeGreaterThan(15);
    expect(
      await db.course.findFirst({
        where: { fullName: 'Active Supervision' },
        select: { ownerTeam: { select: { name: true } } },
      }),
    ).toEqual({ ownerTeam: { name: 'Libraries L&D' } });
  });
});

describe('audiences and catalogue', () => {
  it('materialises audience members', async () => {
    const audiences = await db.audience.findMany({ include: { _count: { select: { members: true } } } });
    const count = (name: string) => audiences.find((a) => a.name === name)?._count.members ?? 0;
    const hccActive = await db.user.count({ where: { organisation: { slug: 'hcc' }, status: 'ACTIVE' } });
    expect(count('All HCC staff')).toBe(hccActive);
    expect(count('All CS and ACS Staff')).toBeGreaterThan(40);
    expect(count('Library managers and supervisors')).toBeGreaterThan(5);
    expect(count('All Schools staff')).toBeGreaterThan(20);
    expect(count('All WBC staff')).toBeGreaterThan(15);
    expect(audiences.some((a) => a.kind === 'STATIC' && a._count.members > 0)).toBe(true);
  });

  it('has 40+ courses in a category tree at least three levels deep', async () => {
    expect(await db.course.count()).toBeGreaterThanOrEqual(40);
    expect(await db.category.count({ where: { depth: { gte: 3 } } })).toBeGreaterThan(0);
    const categories = await db.category.findMany();
    for (const c of categories) {
      expect(c.ownerTeamId).not.toBeNull();
      expect(c.path.endsWith(`/${c.id}/`)).toBe(true);
    }
    const formats = await db.course.groupBy({ by: ['format'] });
    expect(formats.map((f) => f.format).sort()).toEqual(['BLENDED', 'ELEARNING', 'WORKSHOP']);
    const written = await db.course.findFirstOrThrow({
      where: { fullName: 'Written Communication' },
      include: { enrolmentMethods: true },
    });
    expect(written.costPence).toBe(13500);
    expect(written.enrolmentMethods.map((m) => m.type)).toContain('SELF_AFTER_VIEW');
    const restricted = await db.course.count({ where: { visibility: 'RESTRICTED', organisations: { some: {} } } });
    expect(restricted).toBeGreaterThanOrEqual(2);
    const budget = await db.course.findFirstOrThrow({ where: { fullName: 'A Year in the Life of a Budget Holder' } });
    expect(budget.completionEnabled).toBe(false);
    const prevent = await db.course.findFirstOrThrow({
      where: { fullName: 'Prevent and Radicalisation' },
      include: { criteria: true },
    });
    expect(prevent.completionAggregation).toBe('ANY');
    expect(prevent.criteria).toHaveLength(3);
  });

  it('uses every activity type except files, with restrictions and a quiz bank', async () => {
    const types = await db.activity.groupBy({ by: ['type'] });
    expect(types.map((t) => t.type).sort()).toEqual(
      ['ACCESS_REQUEST', 'CERTIFICATE', 'FEEDBACK', 'PAGE', 'QUIZ', 'SCORM', 'URL', 'WORKSHOP'].sort(),
    );
    const dpQuiz = await db.activity.findFirstOrThrow({
      where: { name: 'Data Protection Assessment' },
      include: { restrictions: { include: { requiredActivity: true } }, quiz: true },
    });
    expect(dpQuiz.restrictions[0]?.requiredActivity.name).toBe('Data Protection eLearning 2021');
    expect(Number(dpQuiz.quiz?.passPercent)).toBe(80);
    const hsQuiz = await db.quiz.findFirstOrThrow({
      where: { activity: { name: 'Introduction to Health and Safety Quiz' } },
      include: { slots: { include: { question: { include: { choices: true } } } }, feedbackBands: true },
    });
    expect(Number(hsQuiz.maxGrade)).toBe(15);
    expect(new Set(hsQuiz.slots.map((s) => s.question.type))).toEqual(
      new Set(['SINGLE_CHOICE', 'MULTI_CHOICE', 'TRUE_FALSE']),
    );
    expect(hsQuiz.slots.some((s) => s.question.textHtml.includes('A definition of a hazard is:'))).toBe(true);
    expect(hsQuiz.feedbackBands.some((b) => b.feedback.startsWith("Sorry! You haven't reached"))).toBe(true);
    // Every eLearning activity has a package (the demo's SCORM 1.2 and 2004 packages).
    expect(await db.scormPackage.count()).toBe(await db.activity.count({ where: { type: 'SCORM' } }));
    expect(await db.activity.count({ where: { type: 'SCORM', scormPackage: null } })).toBe(0);
  });
});

describe('workshops', () => {
  it('keeps bookedCount equal to the seats taken and within capacity', async () => {
    const sessions = await db.workshopSession.findMany({ include: { bookings: true, dates: true } });
    expect(sessions.length).toBeGreaterThan(10);
    for (const s of sessions) {
      const seats = s.bookings.filter((b) => (SEAT_STATUSES as readonly string[]).includes(b.status)).length;
      expect(s.bookedCount).toBe(seats);
      expect(seats).toBeLessThanOrEqual(s.capacity);
      const waitlisted = s.bookings.filter((b) => b.status === 'WAITLISTED').length;
      if (waitlisted > 0) expect(seats).toBe(s.capacity);
      for (const b of s.bookings) expect(b.activeFlag).toBe(b.status === 'USER_CANCELLED' ? null : true);
    }
    expect(sessions.some((s) => s.dates.length > 1)).toBe(true);
  });

  it('has the full Gender Identity session with a waitlist and the Active Supervision session', async () => {
    const gender = await db.workshopSession.findFirstOrThrow({
      where: { workshop: { activity: { course: { fullName: 'Gender Identity and Gender Diversity' } } } },
      include: { bookings: true, workshop: { include: { eligibleAudience: true } }, dates: true },
    });
    expect(gender.capacity).toBe(17);
    expect(gender.bookings.filter((b) => b.status === 'BOOKED')).toHaveLength(17);
    expect(gender.bookings.filter((b) => b.status === 'WAITLISTED')).toHaveLength(7);
    expect(gender.workshop.eligibleAudience?.name).toBe('All CS and ACS Staff');
    expect(gender.dates[0]?.startsAt.getTime()).toBeGreaterThan(NOW.getTime());
    const active = await db.workshopSession.findFirstOrThrow({
      where: {
        workshop: { activity: { course: { fullName: 'Active Supervision' } } },
        dates: { some: { startsAt: { gt: NOW } } },
      },
      include: { workshop: true },
    });
    expect(active).toMatchObject({ capacity: 12, bookedCount: 4 });
    expect(active.workshop.approval).toBe('SELF_AUTHORISATION');
  });

  it('marks workshop activities complete only for people who attended', async () => {
    const done = await db.activityCompletion.findMany({
      where: { activity: { type: 'WORKSHOP' }, state: 'COMPLETE' },
      select: { userId: true, activity: { select: { workshop: { select: { id: true } } } } },
    });
    expect(done.length).toBeGreaterThan(10);
    const attended = await db.booking.findMany({
      where: { status: { in: ['FULLY_ATTENDED', 'PARTIALLY_ATTENDED'] } },
      select: { userId: true, workshopId: true },
    });
    const keys = new Set(attended.map((b) => `${b.userId}:${b.workshopId}`));
    for (const d of done) expect(keys.has(`${d.userId}:${d.activity.workshop?.id}`)).toBe(true);
  });
});

describe('learning records', () => {
  it('pairs every enrolment with a course completion that agrees with its activities', async () => {
    const [enrolments, completions, activityDone, courses] = await Promise.all([
      db.enrolment.findMany({ select: { userId: true, courseId: true, source: true, sourceProgramId: true } }),
      db.courseCompletion.findMany(),
      db.activityCompletion.findMany({ where: { state: { in: ['COMPLETE', 'COMPLETE_PASS'] } } }),
      db.course.findMany({ include: { criteria: true } }),
    ]);
    expect(completions).toHaveLength(enrolments.length);
    const enrolled = new Set(enrolments.map((e) => `${e.userId}:${e.courseId}`));
    const doneSet = new Set(activityDone.map((a) => `${a.userId}:${a.activityId}`));
    for (const e of enrolments) {
      if (e.source === 'PROGRAM' || e.source === 'CERTIFICATION') expect(e.sourceProgramId).not.toBeNull();
    }
    for (const c of completions) {
      expect(enrolled.has(`${c.userId}:${c.courseId}`)).toBe(true);
      const course = courses.find((x) => x.id === c.courseId);
      if (!course) throw new Error('course missing');
      const met = course.criteria.filter((k) => doneSet.has(`${c.userId}:${k.activityId}`)).length;
      const complete = course.completionAggregation === 'ANY' ? met > 0 : met === course.criteria.length;
      if (c.status === 'COMPLETE') {
        expect(c.timeCompleted).not.toBeNull();
        expect(c.progressPercent).toBe(100);
        expect(complete).toBe(true);
      } else {
        expect(c.timeCompleted).toBeNull();
        expect(c.progressPercent).toBeLessThan(100);
        if (course.criteria.length > 0) expect(complete).toBe(false);
      }
      if (c.status === 'NOT_STARTED') expect(met).toBe(0);
    }
    // Activity completions only for enrolled people.
    for (const a of activityDone) {
      const courseId = courses.find((x) => x.criteria.some((k) => k.activityId === a.activityId))?.id;
      if (courseId) expect(enrolled.has(`${a.userId}:${courseId}`)).toBe(true);
    }
  });

  it('has a passing quiz attempt behind every passed quiz', async () => {
    const passed = await db.activityCompletion.findMany({
      where: { state: 'COMPLETE_PASS', activity: { type: 'QUIZ' } },
      select: {
        userId: true,
        activity: { select: { quiz: { select: { id: true, maxGrade: true, passPercent: true } } } },
      },
    });
    expect(passed.length).toBeGreaterThan(0);
    const attempts = await db.quizAttempt.findMany({ where: { state: 'FINISHED' } });
    for (const p of passed) {
      const quiz = p.activity.quiz;
      if (!quiz) throw new Error('quiz missing');
      const best = Math.max(
        ...attempts.filter((a) => a.userId === p.userId && a.quizId === quiz.id).map((a) => Number(a.grade)),
      );
      expect(best).toBeGreaterThanOrEqual((Number(quiz.maxGrade) * Number(quiz.passPercent)) / 100);
    }
  });
  it('backs every completed form activity with its submission, and every completed course with its certificate', async () => {
    const done = await db.activityCompletion.findMany({
      where: { state: 'COMPLETE', activity: { type: { in: ['ACCESS_REQUEST', 'FEEDBACK'] } } },
      select: {
        userId: true,
        activity: {
          select: { type: true, accessRequestForm: { select: { id: true } }, feedbackForm: { select: { id: true } } },
        },
      },
    });
    const [requests, responses] = await Promise.all([
      db.accessRequest.findMany({ select: { formId: true, userId: true } }),
      db.feedbackResponse.findMany({ select: { formId: true, userId: true } }),
    ]);
    expect(done.some((d) => d.activity.type === 'ACCESS_REQUEST')).toBe(true);
    expect(done.some((d) => d.activity.type === 'FEEDBACK')).toBe(true);
    const keys = new Set([...requests, ...responses].map((r) => `${r.formId}:${r.userId}`));
    for (const d of done) {
      const formId = d.activity.accessRequestForm?.id ?? d.activity.feedbackForm?.id;
      expect(keys.has(`${formId}:${d.userId}`)).toBe(true);
    }
    expect(requests).toHaveLength(done.filter((d) => d.activity.type === 'ACCESS_REQUEST').length);

    const withCertificate = await db.courseCompletion.findMany({
      where: { status: 'COMPLETE', course: { activities: { some: { type: 'CERTIFICATE' } } } },
      select: { userId: true, courseId: true },
    });
    const issues = await db.certificateIssue.findMany({
      select: {
        userId: true,
        currentFlag: true,
        archivedAt: true,
        certificate: { select: { activity: { select: { courseId: true } } } },
      },
    });
    const current = new Set(
      issues.filter((i) => i.currentFlag).map((i) => `${i.userId}:${i.certificate.activity.courseId}`),
    );
    expect(current.size).toBe(withCertificate.length);
    for (const c of withCertificate) expect(current.has(`${c.userId}:${c.courseId}`)).toBe(true);
    for (const i of issues) expect(i.currentFlag === null).toBe(i.archivedAt !== null);
    expect(issues.some((i) => i.currentFlag === null)).toBe(true);
  });

  it('only enrols people on restricted courses they can see', async () => {
    const enrolments = await db.enrolment.findMany({
      where: { course: { visibility: 'RESTRICTED' } },
      select: {
        user: { select: { organisationId: true, audienceMemberships: { select: { audienceId: true } } } },
        course: { select: { organisations: true, audiences: true } },
      },
    });
    expect(enrolments.length).toBeGreaterThan(0);
    for (const e of enrolments) {
      const byOrg = e.course.organisations.some((o) => o.organisationId === e.user.organisationId);
      const mine = new Set(e.user.audienceMemberships.map((m) => m.audienceId));
      const byAudience = e.course.audiences.some((a) => mine.has(a.audienceId));
      expect(byOrg || byAudience).toBe(true);
    }
  });
});

describe("Sam Taylor's record", () => {
  it('covers in-progress, completed, certificate, history, bookings and evidence', async () => {
    const sam = await userByName('90011');
    const completions = await db.courseCompletion.findMany({
      where: { userId: sam.id },
      include: { course: { select: { fullName: true } } },
    });
    const status = (name: string) => completions.find((c) => c.course.fullName === name)?.status;
    expect(completions.filter((c) => c.status === 'IN_PROGRESS').length).toBeGreaterThanOrEqual(2);
    expect(status('Legionella Management')).toBe('COMPLETE');
    expect(await db.certificateIssue.count({ where: { userId: sam.id, courseName: 'Legionella Management' } })).toBe(1);
    const antiFraud = await db.courseCompletionHistory.count({
      where: { userId: sam.id, course: { fullName: 'Anti-Fraud and Corruption Prevention' } },
    });
    expect(antiFraud).toBe(2);
    const attempts = await db.quizAttempt.findMany({ where: { userId: sam.id }, orderBy: { attemptNumber: 'asc' } });
    expect(attempts.map((a) => Number(a.grade) >= 12)).toEqual([false, true]);
    const bookings = await db.booking.findMany({
      where: { userId: sam.id },
      include: { session: { include: { dates: true } } },
    });
    expect(bookings.some((b) => b.status === 'BOOKED' && (b.session.dates[0]?.startsAt ?? NOW) > NOW)).toBe(true);
    expect(bookings.some((b) => b.status === 'FULLY_ATTENDED' && (b.session.dates[0]?.startsAt ?? NOW) < NOW)).toBe(
      true,
    );
    expect(await db.evidence.count({ where: { userId: sam.id } })).toBeGreaterThan(0);
  });

  it('has the induction program with Week One partly done', async () => {
    const sam = await userByName('90011');
    const program = await db.programCompletion.findFirstOrThrow({
      where: { userId: sam.id, program: { fullName: 'Hertfordshire Induction - 2021' } },
    });
    expect(program.status).toBe('INCOMPLETE');
    const weekOne = await db.courseSet.findFirstOrThrow({
      where: { label: 'Week One', program: { fullName: 'Hertfordshire Induction - 2021' } },
      include: { courses: true },
    });
    const states = await db.courseCompletion.findMany({
      where: { userId: sam.id, courseId: { in: weekOne.courses.map((c) => c.courseId) } },
    });
    expect(states.filter((s) => s.status === 'COMPLETE').length).toBeGreaterThan(0);
    expect(states.filter((s) => s.status !== 'COMPLETE').length).toBeGreaterThan(0);
  });

  it('has the four certifications in different states', async () => {
    const sam = await userByName('90011');
    const certs = await db.certificationCompletion.findMany({
      where: { userId: sam.id },
      include: { certification: { include: { program: true } } },
    });
    expect(certs).toHaveLength(4);
    const states = certs.map((c) => `${c.status}/${c.renewalStatus}`).sort();
    expect(states).toEqual(['ASSIGNED/NOT_DUE', 'CERTIFIED/DUE', 'CERTIFIED/NOT_DUE', 'EXPIRED/EXPIRED']);
    const due = certs.find((c) => c.renewalStatus === 'DUE');
    expect(due?.timeWindowOpens && due.timeWindowOpens < NOW).toBe(true);
    expect(due?.timeExpires && due.timeExpires > NOW).toBe(true);
    const expired = certs.find((c) => c.status === 'EXPIRED');
    expect(expired?.dueAt && expired.dueAt < NOW).toBe(true);
    expect(await db.certificationHistory.count({ where: { userId: sam.id } })).toBeGreaterThanOrEqual(2);
  });

  it('spreads all certification states across the staff', async () => {
    const groups = await db.certificationCompletion.groupBy({ by: ['status', 'renewalStatus'] });
    expect(groups.map((g) => `${g.status}/${g.renewalStatus}`).sort()).toEqual(
      ['ASSIGNED/NOT_DUE', 'CERTIFIED/DUE', 'CERTIFIED/NOT_DUE', 'EXPIRED/EXPIRED', 'IN_PROGRESS/NOT_DUE'].sort(),
    );
  });
});

describe('everything else', () => {
  it('has account requests, outbox emails and access requests', async () => {
    const requests = await db.accountRequest.groupBy({ by: ['status'] });
    expect(requests.map((r) => r.status).sort()).toEqual(['AWAITING_CONFIRMATION', 'PENDING', 'REJECTED']);
    expect(await db.emailMessage.count({ where: { status: 'OUTBOX' } })).toBeGreaterThan(3);
    expect(await db.feedbackResponse.count()).toBeGreaterThan(0);
  });
});

describe('idempotence and determinism', () => {
  it('skips when the data is already there', async () => {
    const before = await db.user.count();
    expect((await seed(db, { now: NOW })).skipped).toBe(true);
    expect(await db.user.count()).toBe(before);
  });

  it('produces the same data on a second fresh database', async () => {
    await resetDb();
    await seed(db, { now: NOW });
    const second = await fingerprint();
    expect(second.users).toEqual(firstRun.users);
    expect(second.courses).toEqual(firstRun.courses);
    expect(second.certs).toEqual(firstRun.certs);
    expect(second.bookings).toEqual(firstRun.bookings);
    expect(second.codes).toEqual(firstRun.codes);
    expect(second.completions).toEqual(firstRun.completions);
  });

  it('leaves nothing behind when it fails part-way, so the next run starts again', async () => {
    await resetDb();
    // An invalid clock makes the people step fail after the organisations were written.
    await expect(seed(db, { now: new Date(Number.NaN) })).rejects.toThrow();
    expect(await db.organisation.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
    expect((await seed(db, { now: NOW })).skipped).toBe(false);
  });
});
