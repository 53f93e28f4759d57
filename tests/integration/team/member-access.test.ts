/** @jest-environment node */
// Issue 12 item 2 and 8: a manager opens a direct report's profile, bookings, record of learning and required
// learning, read-only; nobody else does. Each route is tried by a learner, a former manager, the manager's own
// manager, a manager of the person's second (non-primary) job, another manager and the person themself: all get
// 404 (never 500), through the lib guard and through the pages themselves.
import { isValidElement, type ReactNode } from 'react';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { BookingList } from '@/components/learning/booking-list';
import { CertificationRecordsTable } from '@/components/learning/certification-records-table';
import { CourseRecordsTable } from '@/components/learning/course-records-table';
import { ProgramRecordsTable } from '@/components/learning/program-records-table';
import { RequiredLearningTable } from '@/components/learning/required-learning-table';
import { SummaryList } from '@/components/ui/summary-list';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { listCertificationRecords, listCourseRecords, listProgramRecords } from '@/lib/records/queries';
import { listRequiredLearning } from '@/lib/records/required';
import { requireDirectReport } from '@/lib/team/scope';
import { listOwnBookings } from '@/lib/workshops/queries';
import MemberLayout from '@/app/(manager)/team/members/[userId]/layout';
import ProfilePage from '@/app/(manager)/team/members/[userId]/page';
import BookingsPage from '@/app/(manager)/team/members/[userId]/bookings/page';
import RecordsLayout from '@/app/(manager)/team/members/[userId]/records/layout';
import CourseRecordsPage from '@/app/(manager)/team/members/[userId]/records/page';
import ProgramRecordsPage from '@/app/(manager)/team/members/[userId]/records/programs/page';
import CertificationRecordsPage from '@/app/(manager)/team/members/[userId]/records/certifications/page';
import RequiredPage from '@/app/(manager)/team/members/[userId]/required/page';
import { disconnect, resetDb } from '../../helpers/db';
import { makeTeamWorld, type TeamWorld } from './world';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

let w: TeamWorld;
beforeAll(async () => {
  await resetDb();
  w = await makeTeamWorld();
});
afterAll(disconnect);

function elements(node: ReactNode): { type: unknown; props: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Record<string, unknown>>(node)) return [];
  return [{ type: node.type, props: node.props }, ...elements(node.props.children as ReactNode)];
}
const find = (tree: ReactNode, type: unknown) => elements(tree).find((e) => e.type === type)?.props;

async function open(render: () => Promise<ReactNode>): Promise<{ status: number; tree: ReactNode }> {
  try {
    return { status: 200, tree: await render() };
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return { status: getAccessFallbackHTTPStatus(error), tree: null };
    throw error;
  }
}

const params = (userId: number | string) => ({ params: Promise.resolve({ userId: String(userId) }) });
const search = { searchParams: Promise.resolve({}) };

const ROUTES: [string, (userId: number | string) => Promise<ReactNode>][] = [
  ['layout', (id) => MemberLayout({ children: null, ...params(id) })],
  ['profile', (id) => ProfilePage(params(id))],
  ['bookings', (id) => BookingsPage(params(id))],
  ['records layout', (id) => RecordsLayout({ children: null, ...params(id) })],
  ['records: courses', (id) => CourseRecordsPage({ ...params(id), ...search })],
  ['records: programs', (id) => ProgramRecordsPage(params(id))],
  ['records: certifications', (id) => CertificationRecordsPage(params(id))],
  ['required learning', (id) => RequiredPage(params(id))],
];

const OUTSIDERS = ['learner', 'formerManager', 'head', 'secondJobManager', 'otherManager', 'report'] as const;

describe('the guard (lib/team requireDirectReport)', () => {
  it('lets the manager read the report, and refuses everyone else with NotFoundError', async () => {
    const ok = await requireDirectReport(w.viewers.manager, w.users.report.id);
    expect(ok).toMatchObject({ id: w.users.report.id, name: 'Sam Taylor' });
    for (const who of OUTSIDERS) {
      await expect(requireDirectReport(w.viewers[who], w.users.report.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Reports of reports are not direct reports; nor are ids that do not exist or are not ids.
    await expect(requireDirectReport(w.viewers.manager, w.users.reportOfReport.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(requireDirectReport(w.viewers.head, w.users.report.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const id of [0, -1, 2 ** 40, Number.NaN, 999_999]) {
      await expect(requireDirectReport(w.viewers.manager, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('a manager whose report moves to another manager loses sight of them at once', async () => {
    const moved = await db.user.create({
      data: { username: 'moved', firstName: 'Mo', lastName: 'Ved', organisationId: w.org.id },
    });
    await db.jobAssignment.create({ data: { userId: moved.id, managerId: w.users.manager.id } });
    await expect(requireDirectReport(w.viewers.manager, moved.id)).resolves.toMatchObject({ id: moved.id });
    await db.jobAssignment.updateMany({ where: { userId: moved.id }, data: { managerId: w.users.otherManager.id } });
    await expect(requireDirectReport(w.viewers.manager, moved.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireDirectReport(w.viewers.otherManager, moved.id)).resolves.toMatchObject({ id: moved.id });
  });

  it('the learner-side reads return the report’s own records when given the guard’s owner', async () => {
    const { owner } = await requireDirectReport(w.viewers.manager, w.users.report.id);
    const courses = await listCourseRecords(owner);
    expect(courses.rows.map((r) => r.fullName)).toEqual(['Data Protection', 'Lone Working']);
    expect((await listProgramRecords(owner)).map((r) => r.fullName)).toEqual(['Hertfordshire Induction']);
    expect((await listCertificationRecords(owner)).map((r) => [r.fullName, r.state.key])).toEqual([
      ['Fire Safety', 'expired'],
      ['Manual Handling', 'window_open'],
    ]);
    const required = await listRequiredLearning(owner);
    expect(required.map((r) => r.fullName).sort()).toEqual([
      'Fire Safety',
      'Hertfordshire Induction',
      'Manual Handling',
    ]);
    const bookings = await listOwnBookings(owner);
    expect(bookings.upcoming.map((b) => b.status)).toEqual(['BOOKED']);
    expect(bookings.past.map((b) => b.status)).toEqual(['FULLY_ATTENDED']);
  });
});

describe('the routes', () => {
  it.each(ROUTES)('%s: the manager sees the report', async (_name, render) => {
    current = w.viewers.manager;
    const { status } = await open(() => render(w.users.report.id));
    expect(status).toBe(200);
  });

  it.each(ROUTES)('%s: everyone else gets 404, never a 500', async (_name, render) => {
    for (const who of OUTSIDERS) {
      current = w.viewers[who];
      expect({ who, status: (await open(() => render(w.users.report.id))).status }).toEqual({ who, status: 404 });
    }
    // The manager too, for a report of a report, another team's member, and ids that are not ids.
    current = w.viewers.manager;
    for (const id of [w.users.reportOfReport.id, w.users.otherReport.id, 'abc', '99999999999', '-3']) {
      expect({ id, status: (await open(() => render(id))).status }).toEqual({ id, status: 404 });
    }
  });

  it('shows the report’s data, read-only, on each page', async () => {
    current = w.viewers.manager;
    const id = w.users.report.id;
    const profile = find((await open(() => ProfilePage(params(id)))).tree, SummaryList)!;
    expect(profile.rows).toEqual(
      expect.arrayContaining([
        { key: 'Name', value: 'Sam Taylor' },
        { key: 'Job title', value: 'Support worker' },
      ]),
    );
    const bookings = elements((await open(() => BookingsPage(params(id)))).tree).filter((e) => e.type === BookingList);
    expect(
      bookings.map((b) => [(b.props.items as { status: string }[]).map((i) => i.status), b.props.readOnly]),
    ).toEqual([
      [['BOOKED'], true],
      [['FULLY_ATTENDED'], true],
    ]);
    const courses = find((await open(() => CourseRecordsPage({ ...params(id), ...search }))).tree, CourseRecordsTable)!;
    expect(courses.readOnly).toBe(true);
    expect(courses.certificates).toBeUndefined();
    expect((courses.rows as { fullName: string }[]).map((r) => r.fullName)).toEqual([
      'Data Protection',
      'Lone Working',
    ]);
    const programs = find((await open(() => ProgramRecordsPage(params(id)))).tree, ProgramRecordsTable)!;
    expect((programs.rows as unknown[]).length).toBe(1);
    const certs = find((await open(() => CertificationRecordsPage(params(id)))).tree, CertificationRecordsTable)!;
    expect((certs.rows as unknown[]).length).toBe(2);
    const required = find((await open(() => RequiredPage(params(id)))).tree, RequiredLearningTable)!;
    expect(required.readOnly).toBe(true);
    expect((required.items as unknown[]).length).toBe(3);
  });
});
