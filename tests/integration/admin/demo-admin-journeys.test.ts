/** @jest-environment node */
// The README's admin sign-ins on the demo data, at the addresses the review found broken: as Gill Winters (90004,
// Libraries L&D) HR L&D's workshop 5, its "Add a session" page and session 2's edit page are "not found" (404,
// never a 500), course 3 opens read-only, and her own Active Supervision opens for editing; Desiree Blair (90003,
// HR L&D) manages all of HR's.
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { pageOrNotFound } from '@/lib/auth/guards';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { getCourseAdminView } from '@/lib/catalogue/admin-queries';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/errors';
import { createSession } from '@/lib/workshops/admin-commands';
import { getSessionAdmin, getWorkshopAdmin } from '@/lib/workshops/admin-queries';
import { seed } from '@/prisma/seed/seed';
import { disconnect, resetDb } from '../../helpers/db';

jest.setTimeout(180_000);

async function viewer(username: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, sessionVersion: true } });
  const v = await loadViewer(user.id, user.sessionVersion);
  if (!v) throw new Error(`${username} cannot sign in`);
  return v;
}

async function status(read: () => Promise<unknown>): Promise<number> {
  try {
    await pageOrNotFound(read);
    return 200;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    throw error;
  }
}

let gill: Viewer;
let desiree: Viewer;

beforeAll(async () => {
  await resetDb();
  await seed(db, { now: new Date('2026-03-10T08:30:00Z') });
  [gill, desiree] = await Promise.all([viewer('90004'), viewer('90003')]);
});
afterAll(disconnect);

describe("another team's course in Admin (README: read-only)", () => {
  it('uses HR L&D records at the addresses in the issue', async () => {
    const workshop = await db.activity.findUniqueOrThrow({
      where: { id: 5 },
      select: { type: true, course: { select: { ownerTeam: { select: { name: true } } } } },
    });
    expect(workshop).toEqual({ type: 'WORKSHOP', course: { ownerTeam: { name: 'HR L&D' } } });
    const session = await db.workshopSession.findUniqueOrThrow({
      where: { id: 2 },
      select: { workshop: { select: { activity: { select: { course: { select: { ownerTeamId: true } } } } } } },
    });
    expect(desiree.ldTeamIds).toContain(session.workshop.activity.course.ownerTeamId);
  });

  it('answers 404 for /admin/workshops/5, .../sessions/new and /admin/workshops/sessions/2/edit as 90004', async () => {
    expect(await status(() => getWorkshopAdmin(gill, 5))).toBe(404);
    expect(await status(() => getSessionAdmin(gill, 2))).toBe(404);
    expect(await status(() => getWorkshopAdmin(desiree, 5))).toBe(200);
    expect(await status(() => getSessionAdmin(desiree, 2))).toBe(200);
    const before = await db.workshopSession.count({ where: { workshop: { activityId: 5 } } });
    await expect(
      createSession(gill, 5, {
        capacity: '5',
        dates: [{ start: '2027-05-01T09:30', end: '2027-05-01T12:30', roomId: '' }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.workshopSession.count({ where: { workshop: { activityId: 5 } } })).toBe(before);
  });

  it('opens /admin/courses/3 read-only for 90004, her own course and any course for the site admin for editing', async () => {
    const course = await db.course.findUniqueOrThrow({ where: { id: 3 }, select: { ownerTeamId: true } });
    expect(gill.ldTeamIds).not.toContain(course.ownerTeamId);
    expect((await getCourseAdminView(gill, 3)).canManage).toBe(false);
    const own = await db.course.findFirstOrThrow({ where: { fullName: 'Active Supervision' }, select: { id: true } });
    expect((await getCourseAdminView(gill, own.id)).canManage).toBe(true);
    expect((await getCourseAdminView(await viewer('ilearn.admin'), 3)).canManage).toBe(true);
  });
});
