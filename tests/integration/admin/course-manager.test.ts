/** @jest-environment node */
// The one course-manager guard (lib/auth/course-manager.ts) on every admin area: the owning team and site admins
// may read and change a course's things; another team's L&D admin may only read the course's settings (README),
// gets "not found" (404) for every other admin page, and every write is refused with nothing changed.
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { requireCourseManager, requireCourseReader, coursesManagedBy } from '@/lib/auth/course-manager';
import { pageOrNotFound } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import { getCourseAdminView, listAdminCourses, listCourseEnrolments } from '@/lib/catalogue/admin-queries';
import { updateCourse } from '@/lib/catalogue/admin-commands';
import { courseSchema } from '@/lib/catalogue/schemas';
import { getActivityForEdit, getCourseStructure } from '@/lib/completion/admin-queries';
import { setCriteria, updateActivity } from '@/lib/completion/admin-commands';
import { activitySchema } from '@/lib/completion/schemas';
import { db } from '@/lib/db';
import { adminEnrolUsers, adminUnenrol } from '@/lib/enrolment/commands';
import { ForbiddenError, NotFoundError, UserError } from '@/lib/errors';
import { stopBoss } from '@/lib/jobs/boss';
import { createQuiz, removeQuestionFromQuiz } from '@/lib/quiz/admin-commands';
import { getQuizForEdit, getQuizResults, listManagedQuizzes } from '@/lib/quiz/admin-queries';
import { updateScormSettings } from '@/lib/scorm/commands';
import { getScormPackageDetails, listScormAttemptsReport } from '@/lib/scorm/queries';
import { createSession, saveWorkshopSettings } from '@/lib/workshops/admin-commands';
import { getSessionAdmin, getWorkshopAdmin, listManagedWorkshops } from '@/lib/workshops/admin-queries';
import {
  makeActivity,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeTeam,
  makeUser,
  viewerFor,
} from '../../factories/learning';
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

type Who = 'own team' | 'other team' | 'site admin';
type World = Awaited<ReturnType<typeof setup>>;

async function setup() {
  const hr = await makeTeam();
  const libraries = await makeTeam();
  const own = (await makeLdAdmin(hr.id)).viewer;
  const other = (await makeLdAdmin(libraries.id)).viewer;
  const site = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
  const learner = await makeLearner();
  const course = await makeCourse({ ownerTeamId: hr.id, fullName: 'Fire Safety' });
  const page = await makeActivity(course.id, { name: 'Read the policy' });
  const workshop = await makeActivity(course.id, { type: 'WORKSHOP', name: 'Fire warden day', requireView: false });
  const { id: workshopId } = await db.workshop.create({ data: { activityId: workshop.id } });
  const session = await db.workshopSession.create({
    data: {
      workshopId,
      capacity: 10,
      dates: { create: [{ startsAt: new Date('2027-03-01T09:00:00Z'), endsAt: new Date('2027-03-01T12:00:00Z') }] },
    },
  });
  const quiz = await makeActivity(course.id, {
    type: 'QUIZ',
    name: 'Fire quiz',
    requireView: false,
    quiz: { create: {} },
  });
  const scorm = await makeActivity(course.id, { type: 'SCORM', name: 'Fire eLearning', requireView: false });
  await db.enrolment.create({ data: { userId: learner.user.id, courseId: course.id, source: 'MANUAL' } });
  const viewers: Record<Who, Viewer> = { 'own team': own, 'other team': other, 'site admin': site };
  return { viewers, learner, course, page, workshop, session, quiz, scorm, libraries };
}

const activityInput = (name: string) =>
  activitySchema.parse({ type: 'PAGE', name, contentHtml: '<p>Read</p>', completionMode: 'MANUAL', visible: 'yes' });

/** Each admin area's reads (a page's data) and writes, as the guard sees them. */
const AREAS: {
  area: string;
  read: (v: Viewer, w: World) => Promise<unknown>;
  write: (v: Viewer, w: World) => Promise<unknown>;
  changed?: (w: World) => Promise<unknown>;
}[] = [
  {
    area: 'courses (settings form)',
    read: (v, w) => getCourseStructure(v, w.course.id),
    write: (v, w) =>
      updateCourse(
        v,
        w.course.id,
        courseSchema.parse({
          shortName: w.course.shortName,
          fullName: `Renamed by ${v.id}`,
          summary: 'x',
          categoryId: String(w.course.categoryId),
          ownerTeamId: String(w.course.ownerTeamId),
          format: 'ELEARNING',
          visibility: 'EVERYONE',
          selfEnrolment: 'NONE',
          completionAggregation: 'ALL',
        }),
      ),
    changed: async (w) => (await db.course.findUniqueOrThrow({ where: { id: w.course.id } })).fullName,
  },
  {
    area: 'activities',
    read: (v, w) => getActivityForEdit(v, w.page.id),
    write: (v, w) => updateActivity(v, w.page.id, activityInput(`Renamed by ${v.id}`)),
    changed: async (w) => (await db.activity.findUniqueOrThrow({ where: { id: w.page.id } })).name,
  },
  {
    area: 'workshops',
    read: (v, w) => getWorkshopAdmin(v, w.workshop.id),
    write: (v, w) =>
      saveWorkshopSettings(v, w.workshop.id, {
        approval: 'NONE',
        cancellationPolicy: 'ANY_TIME',
        cancellationReasons: 'Illness',
        cancellationFee: '',
        details: `By ${v.id}`,
      }),
    changed: async (w) => (await db.workshop.findUniqueOrThrow({ where: { activityId: w.workshop.id } })).detailsHtml,
  },
  {
    area: 'workshop sessions',
    read: (v, w) => getSessionAdmin(v, w.session.id),
    write: (v, w) =>
      createSession(v, w.workshop.id, {
        capacity: '8',
        dates: [{ start: '2027-04-01T09:30', end: '2027-04-01T12:30', roomId: '' }],
      }),
    changed: (w) => db.workshopSession.count({ where: { workshop: { activityId: w.workshop.id } } }),
  },
  {
    area: 'quizzes',
    read: (v, w) => getQuizForEdit(v, w.quiz.id),
    write: (v, w) => createQuiz(v, w.course.id, `Quiz by ${v.id}`),
    changed: (w) => db.quiz.count({ where: { activity: { courseId: w.course.id } } }),
  },
  {
    area: 'quiz results',
    read: (v, w) => getQuizResults(v, w.quiz.id),
    // Passing the guard, an unknown slot is "not found"; refused by it, "forbidden".
    write: (v, w) =>
      removeQuestionFromQuiz(v, w.quiz.id, 2_000_000_000).catch((e: unknown) => {
        if (e instanceof NotFoundError) return 'passed the guard';
        throw e;
      }),
  },
  {
    area: 'SCORM packages',
    read: (v, w) => Promise.all([getScormPackageDetails(v, w.scorm.id), listScormAttemptsReport(v, w.scorm.id)]),
    // Passing the guard, an activity without a package says "Upload a package first".
    write: (v, w) =>
      updateScormSettings(v, { activityId: w.scorm.id, maxAttempts: 1, newAttemptOnCompletion: false }).catch(
        (e: unknown) => {
          if (e instanceof UserError && !(e instanceof ForbiddenError)) return 'passed the guard';
          throw e;
        },
      ),
  },
  {
    area: 'enrolments',
    read: (v, w) => listCourseEnrolments(v, w.course.id),
    write: async (v, w) => {
      await adminUnenrol(v, w.course.id, w.learner.user.id);
      await adminEnrolUsers(v, w.course.id, [w.learner.user.username]);
    },
    changed: (w) => db.enrolment.findMany({ where: { courseId: w.course.id }, select: { userId: true, source: true } }),
  },
  {
    area: 'completion',
    read: (v, w) => getCourseStructure(v, w.course.id),
    write: (v, w) =>
      setCriteria(v, w.course.id, {
        completionEnabled: true,
        aggregation: 'ANY',
        activityIds: [w.page.id],
        requiredCourseIds: [],
        selfCompletion: false,
      }),
    changed: (w) => db.courseCriterion.findMany({ where: { courseId: w.course.id }, select: { activityId: true } }),
  },
];

/** What a page does with the read: its data, or Next's "not found" (HTTP 404). Anything else would be a 500. */
async function pageStatus(read: () => Promise<unknown>): Promise<number> {
  try {
    await pageOrNotFound(read);
    return 200;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    throw error;
  }
}

describe.each(AREAS)('course-manager guard: $area', ({ read, write, changed }) => {
  let w: World;
  beforeAll(async () => {
    w = await setup();
  });

  it.each<[Who, number]>([
    ['own team', 200],
    ['other team', 404],
    ['site admin', 200],
  ])('page read as %s answers %i', async (who, status) => {
    expect(await pageStatus(() => read(w.viewers[who], w))).toBe(status);
  });

  it('refuses a write from another team with ForbiddenError and changes nothing', async () => {
    const before = changed ? await changed(w) : null;
    await expect(write(w.viewers['other team'], w)).rejects.toBeInstanceOf(ForbiddenError);
    if (changed) expect(await changed(w)).toEqual(before);
  });

  it.each<Who>(['own team', 'site admin'])('lets %s write', async (who) => {
    await expect(write(w.viewers[who], w)).resolves.not.toThrow();
  });

  it('answers a missing id with "not found" for everyone', async () => {
    for (const who of ['own team', 'other team', 'site admin'] as const) {
      await expect(requireCourseManager(w.viewers[who], 2_000_000_000)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe('course-manager guard: the course page and lists', () => {
  let w: World;
  beforeAll(async () => {
    w = await setup();
  });

  it('shows another team the course settings read-only, its managers the form', async () => {
    const own = await getCourseAdminView(w.viewers['own team'], w.course.id);
    const other = await getCourseAdminView(w.viewers['other team'], w.course.id);
    const site = await getCourseAdminView(w.viewers['site admin'], w.course.id);
    expect([own.canManage, other.canManage, site.canManage]).toEqual([true, false, true]);
    expect(other.canManage ? null : other.course).toMatchObject({
      fullName: 'Fire Safety',
      activities: expect.arrayContaining([expect.objectContaining({ name: 'Fire quiz' })]),
    });
    expect(await pageStatus(() => getCourseAdminView(w.viewers['other team'], w.course.id))).toBe(200);
    // A learner has no admin view at all.
    await expect(requireCourseReader(w.learner.viewer, w.course.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await pageStatus(() => getCourseAdminView(w.learner.viewer, w.course.id))).toBe(404);
  });

  it('lists only managed courses, or every team with the others marked read-only', async () => {
    const ids = async (v: Viewer, everyTeam = false) =>
      (await listAdminCourses(v, { everyTeam })).rows.filter((r) => r.id === w.course.id).map((r) => r.canManage);
    expect(await ids(w.viewers['own team'])).toEqual([true]);
    expect(await ids(w.viewers['other team'])).toEqual([]);
    expect(await ids(w.viewers['other team'], true)).toEqual([false]);
    expect(await ids(w.viewers['site admin'])).toEqual([true]);
    const managedBy = async (v: Viewer) => db.course.count({ where: { id: w.course.id, ...coursesManagedBy(v) } });
    expect(await managedBy(w.viewers['own team'])).toBe(1);
    expect(await managedBy(w.viewers['other team'])).toBe(0);
    expect(await managedBy(w.learner.viewer)).toBe(0);
  });

  it("lists workshops and quizzes of the viewer's courses only", async () => {
    const workshops = async (v: Viewer) => (await listManagedWorkshops(v)).map((x) => x.activityId);
    const quizzes = async (v: Viewer) => (await listManagedQuizzes(v)).quizzes.map((x) => x.activityId);
    expect(await workshops(w.viewers['own team'])).toContain(w.workshop.id);
    expect(await workshops(w.viewers['other team'])).not.toContain(w.workshop.id);
    expect(await quizzes(w.viewers['own team'])).toContain(w.quiz.id);
    expect(await quizzes(w.viewers['other team'])).not.toContain(w.quiz.id);
  });

  it('never writes while checking: a workshop activity without settings stays without them', async () => {
    const bare = await makeActivity(w.course.id, { type: 'WORKSHOP', name: 'No settings yet', requireView: false });
    expect(await pageStatus(() => getWorkshopAdmin(w.viewers['own team'], bare.id))).toBe(404);
    expect(await db.workshop.count({ where: { activityId: bare.id } })).toBe(0);
  });
});
