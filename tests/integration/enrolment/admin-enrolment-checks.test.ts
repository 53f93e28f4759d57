/** @jest-environment node */
// Issue 20 item 5: Admin › course › Enrolments. "Remove" opens a confirmation page (no JavaScript needed) that says
// what the person keeps and loses, and opening it changes nothing; enrolling by hand someone the course is not
// open to (a Schools learner on an HCC-only course) is refused with a warning until "Enrol anyway" is ticked.
import { isValidElement, type ReactNode } from 'react';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { RemoveEnrolmentConfirm } from '@/components/admin/remove-enrolment';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { adminEnrolUsers } from '@/lib/enrolment/commands';
import { isEnrolled } from '@/lib/enrolment/queries';
import { ValidationError } from '@/lib/errors';
import EnrolmentsPage from '@/app/admin/courses/[courseId]/enrolments/page';
import RemoveEnrolmentPage from '@/app/admin/courses/[courseId]/enrolments/[userId]/remove/page';
import { enrolUsersAction, unenrolAction } from '@/app/admin/courses/actions';
import {
  enrol,
  makeAudience,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeOrganisation,
  makeTeam,
} from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));
jest.mock('next/cache', () => ({ revalidatePath: () => undefined }));

beforeAll(resetDb);
afterAll(disconnect);

/** Every element of a server component's tree (it is inspected, not rendered). */
function elements(node: ReactNode): { type: unknown; props: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Record<string, unknown>>(node)) return [];
  return [{ type: node.type, props: node.props }, ...elements(node.props.children as ReactNode)];
}

async function status(p: Promise<unknown>): Promise<number | 'redirect'> {
  try {
    await p;
    return 200;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    if (isRedirectError(error)) return 'redirect';
    throw error;
  }
}

const fd = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

async function world() {
  const team = await makeTeam();
  const hcc = await makeOrganisation({ name: 'Hertfordshire County Council' });
  const schools = await makeOrganisation({ name: 'Hertfordshire Schools' });
  const course = await makeCourse({ ownerTeamId: team.id, visibility: 'RESTRICTED', fullName: 'Lone Working' });
  await db.courseOrganisation.create({ data: { courseId: course.id, organisationId: hcc.id } });
  const { viewer: admin } = await makeLdAdmin(team.id, { organisationId: hcc.id });
  const { viewer: otherAdmin } = await makeLdAdmin((await makeTeam()).id, { organisationId: hcc.id });
  const { user: staff } = await makeLearner({ organisationId: hcc.id, firstName: 'Sam', lastName: 'Taylor' });
  const { user: pupilSide } = await makeLearner({ organisationId: schools.id, firstName: 'John', lastName: 'Smith' });
  return { team, hcc, schools, course, admin, otherAdmin, staff, pupilSide };
}

describe('removing someone from a course', () => {
  it('the Enrolments page links each Remove to a confirmation page instead of removing at once', async () => {
    const w = await world();
    await enrol(w.staff.id, w.course.id);
    current = w.admin;
    const tree = elements(
      await EnrolmentsPage({
        params: Promise.resolve({ courseId: String(w.course.id) }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(tree.filter((e) => e.props.action === unenrolAction)).toHaveLength(0);
    expect(tree.some((e) => e.props.href === `/admin/courses/${w.course.id}/enrolments/${w.staff.id}/remove`)).toBe(
      true,
    );
  });

  it('the confirmation page says what is kept, changes nothing, and its button removes the person', async () => {
    const w = await world();
    await enrol(w.staff.id, w.course.id);
    await db.courseCompletion.update({
      where: { userId_courseId: { userId: w.staff.id, courseId: w.course.id } },
      data: { status: 'IN_PROGRESS', progressPercent: 40, timeStarted: new Date() },
    });
    current = w.admin;
    const params = Promise.resolve({ courseId: String(w.course.id), userId: String(w.staff.id) });
    for (let i = 0; i < 2; i++) {
      const page = elements(await RemoveEnrolmentPage({ params }));
      const confirm = page.find((e) => e.type === RemoveEnrolmentConfirm);
      expect(confirm?.props.action).toBe(unenrolAction);
      expect(confirm?.props.removal).toMatchObject({
        user: { id: w.staff.id, firstName: 'Sam' },
        source: 'SELF',
        completion: { status: 'IN_PROGRESS', progressPercent: 40 },
        workshopPlaces: 0,
      });
      expect(await isEnrolled(w.staff.id, w.course.id)).toBe(true);
    }

    // The plain form's POST (works without JavaScript): removed, progress kept, back to the list with a banner.
    expect(await status(unenrolAction(fd({ courseId: String(w.course.id), userId: String(w.staff.id) })))).toBe(
      'redirect',
    );
    expect(await isEnrolled(w.staff.id, w.course.id)).toBe(false);
    expect(
      await db.courseCompletion.findUnique({
        where: { userId_courseId: { userId: w.staff.id, courseId: w.course.id } },
        select: { status: true, progressPercent: true },
      }),
    ).toEqual({ status: 'IN_PROGRESS', progressPercent: 40 });
  });

  it('is not found for someone not enrolled, a malformed id, or another team’s admin', async () => {
    const w = await world();
    await enrol(w.staff.id, w.course.id);
    current = w.admin;
    const page = (courseId: string, userId: string) =>
      status(RemoveEnrolmentPage({ params: Promise.resolve({ courseId, userId }) }));
    expect(await page(String(w.course.id), String(w.pupilSide.id))).toBe(404);
    expect(await page(String(w.course.id), 'abc')).toBe(404);
    current = w.otherAdmin;
    expect(await page(String(w.course.id), String(w.staff.id))).toBe(404);
    expect(await isEnrolled(w.staff.id, w.course.id)).toBe(true);
  });
});

describe('enrolling by hand someone who cannot see the course', () => {
  it('warns about a Schools learner on an HCC-only course and enrols nobody until "Enrol anyway"', async () => {
    const w = await world();
    const attempt = adminEnrolUsers(w.admin, w.course.id, [w.staff.username, w.pupilSide.username]);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors.enrolAnyway).toContain(`John Smith (${w.pupilSide.username})`);
    expect(error.fieldErrors.enrolAnyway).not.toContain(w.staff.username);
    expect(error.fieldErrors.enrolAnyway).toContain('Enrol anyway');
    expect(await isEnrolled(w.staff.id, w.course.id)).toBe(false);
    expect(await isEnrolled(w.pupilSide.id, w.course.id)).toBe(false);

    expect(
      await adminEnrolUsers(w.admin, w.course.id, [w.staff.username, w.pupilSide.username], { enrolAnyway: true }),
    ).toEqual({ enrolled: 2, alreadyEnrolled: 0, unknown: [] });
    expect(await isEnrolled(w.pupilSide.id, w.course.id)).toBe(true);
    // Already enrolled: no warning the second time.
    expect(await adminEnrolUsers(w.admin, w.course.id, [w.pupilSide.username])).toMatchObject({ alreadyEnrolled: 1 });
  });

  it('does not warn about people the course is open to: its organisations, audiences, admins; open and hidden courses', async () => {
    const w = await world();
    const { user: member } = await makeLearner({ organisationId: w.schools.id });
    const audience = await makeAudience([member.id]);
    await db.courseAudience.create({ data: { courseId: w.course.id, audienceId: audience.id } });
    const { user: teamMate } = await makeLdAdmin(w.team.id, { organisationId: w.schools.id });
    const { user: siteAdmin } = await makeLearner({ organisationId: w.schools.id, isSiteAdmin: true });
    expect(
      await adminEnrolUsers(w.admin, w.course.id, [
        w.staff.username,
        member.username,
        teamMate.username,
        siteAdmin.username,
      ]),
    ).toMatchObject({ enrolled: 4 });

    const open = await makeCourse({ ownerTeamId: w.team.id });
    const hidden = await makeCourse({ ownerTeamId: w.team.id, visibility: 'HIDDEN' });
    for (const course of [open, hidden]) {
      expect(await adminEnrolUsers(w.admin, course.id, [w.pupilSide.username])).toMatchObject({ enrolled: 1 });
    }
  });

  it('the action shows the warning on the "Enrol anyway" checkbox, keeps the usernames, and validates the tick', async () => {
    const w = await world();
    current = w.admin;
    const base = { courseId: String(w.course.id), usernames: w.pupilSide.username };
    const refused = await enrolUsersAction(undefined, fd(base));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { enrolAnyway: expect.stringContaining('cannot find it in Find Learning') },
      values: { usernames: w.pupilSide.username },
    });
    expect(await isEnrolled(w.pupilSide.id, w.course.id)).toBe(false);

    const junk = await enrolUsersAction(undefined, fd({ ...base, enrolAnyway: 'of course' }));
    expect(junk).toMatchObject({ ok: false, fieldErrors: { enrolAnyway: expect.stringContaining('Enrol anyway') } });
    expect(await isEnrolled(w.pupilSide.id, w.course.id)).toBe(false);

    expect(await enrolUsersAction(undefined, fd({ ...base, enrolAnyway: 'yes' }))).toMatchObject({
      ok: true,
      message: 'Enrolled 1 person.',
    });
    expect(await isEnrolled(w.pupilSide.id, w.course.id)).toBe(true);
  });
});
