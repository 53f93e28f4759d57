/** @jest-environment node */
// Issue 12 item 1: My Team tabs for managers, direct reports only (primary, current job assignment), each tab its
// own URL with a "View full report" link, the compliance summary, and a fixed number of queries per tab.
import { isValidElement, type ReactNode } from 'react';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { FullReportLink } from '@/components/team/full-report-link';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { getTeamCompliance } from '@/lib/team/compliance';
import {
  listDirectReports,
  listTeamBookings,
  listTeamCertifications,
  listTeamCourses,
  listTeamPrograms,
} from '@/lib/team/queries';
import { tallyCertifications } from '@/lib/team/rules';
import TabsLayout from '@/app/(manager)/team/(tabs)/layout';
import MembersTab from '@/app/(manager)/team/(tabs)/page';
import CertificationsTab from '@/app/(manager)/team/(tabs)/certifications/page';
import ProgramsTab from '@/app/(manager)/team/(tabs)/programs/page';
import CoursesTab from '@/app/(manager)/team/(tabs)/courses/page';
import TeamBookingsPage from '@/app/(manager)/team/bookings/page';
import { makeCourse, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { countQueries } from '../../helpers/query-count';
import { makeTeamWorld, type TeamWorld } from './world';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));
jest.mock('next/navigation', () => ({
  ...jest.requireActual('next/navigation'),
  usePathname: () => '/team',
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

async function open(render: () => Promise<ReactNode>): Promise<{ status: number; tree: ReactNode }> {
  try {
    return { status: 200, tree: await render() };
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return { status: getAccessFallbackHTTPStatus(error), tree: null };
    throw error;
  }
}

const search = { searchParams: Promise.resolve({}) };
const TABS: [string, string, () => Promise<ReactNode>][] = [
  ['My Team', 'members', () => MembersTab()],
  ['My Team Certifications', 'certifications', () => CertificationsTab()],
  ['My Team Programs', 'programs', () => ProgramsTab()],
  ['My Team Courses', 'courses', () => CoursesTab(search)],
];

describe('who is in the team', () => {
  it('direct reports through their primary, current job only; never reports of reports', async () => {
    const team = await listDirectReports(w.viewers.manager);
    expect(team.map((m) => m.name)).toEqual(['Ann Baker', 'Sam Taylor']);
    expect(team[1]).toMatchObject({ jobTitle: 'Support worker', coursesStarted: 2, coursesCompleted: 1 });
    expect((await listDirectReports(w.viewers.head)).map((m) => m.name)).toEqual(['Mark Manager']);
    // The report's own report is theirs, not the manager's.
    expect((await listDirectReports(w.viewers.report)).map((m) => m.name)).toEqual(['Rita Rees']);
    for (const who of ['formerManager', 'secondJobManager', 'learner'] as const) {
      expect(await listDirectReports(w.viewers[who])).toEqual([]);
      expect(w.viewers[who].isManager).toBe(false);
    }
    expect(w.viewers.manager.isManager).toBe(true);
  });

  it('the certifications, programs and courses tabs list only direct reports', async () => {
    const certs = await listTeamCertifications(w.viewers.manager);
    expect(certs.map((r) => [r.certification, r.name, r.state.key])).toEqual([
      ['Fire Safety', 'Sam Taylor', 'expired'],
      ['Manual Handling', 'Ann Baker', 'certified'],
      ['Manual Handling', 'Sam Taylor', 'window_open'],
    ]);
    expect(tallyCertifications(certs)).toEqual([
      expect.objectContaining({ name: 'Fire Safety', expired: 1, certified: 0, windowOpen: 0, notCertified: 0 }),
      expect.objectContaining({ name: 'Manual Handling', certified: 1, windowOpen: 1, expired: 0, total: 2 }),
    ]);
    const programs = await listTeamPrograms(w.viewers.manager);
    expect(programs.map((r) => [r.program, r.name, r.state.key, r.state.overdue])).toEqual([
      ['Hertfordshire Induction', 'Sam Taylor', 'in_progress', true],
    ]);
    const courses = await listTeamCourses(w.viewers.manager);
    expect(courses.total).toBe(2);
    expect(courses.rows.map((r) => [r.name, r.course, r.status])).toEqual([
      ['Sam Taylor', 'Data Protection', 'COMPLETE'],
      ['Sam Taylor', 'Lone Working', 'IN_PROGRESS'],
    ]);
    // Another manager sees none of it; the head of service sees her manager's learning only (none here).
    expect(await listTeamCertifications(w.viewers.otherManager)).toEqual([]);
    expect((await listTeamCourses(w.viewers.otherManager)).rows.map((r) => r.name)).toEqual(['Oscar Other']);
    expect((await listTeamCourses(w.viewers.head)).total).toBe(0);
    expect((await listTeamCourses(w.viewers.formerManager)).total).toBe(0);
  });

  it('the compliance summary counts each person once and lists who to remind', async () => {
    const { summary, needAction } = await getTeamCompliance(w.viewers.manager);
    expect(summary).toEqual({ overdue: 1, due_soon: 0, up_to_date: 1, total: 2 });
    expect(needAction).toHaveLength(1);
    expect(needAction[0]).toMatchObject({ name: 'Sam Taylor', level: 'overdue', hasEmail: true, lastReminderAt: null });
    expect(needAction[0]!.overdue.map((i) => i.name)).toEqual(['Hertfordshire Induction', 'Fire Safety']);
    expect(needAction[0]!.dueSoon.map((i) => i.name)).toEqual(['Manual Handling']);
    expect(await getTeamCompliance(w.viewers.learner)).toEqual({
      summary: { overdue: 0, due_soon: 0, up_to_date: 0, total: 0 },
      needAction: [],
    });
  });
});

describe('team workshop bookings (item 8)', () => {
  it('lists the direct reports’ bookings, upcoming and past with attendance, and nobody else’s', async () => {
    const { upcoming, past } = await listTeamBookings(w.viewers.manager);
    expect(upcoming.map((b) => [b.name, b.status])).toEqual([['Sam Taylor', 'BOOKED']]);
    expect(past.map((b) => [b.name, b.status])).toEqual([['Sam Taylor', 'FULLY_ATTENDED']]);
    expect((await listTeamBookings(w.viewers.otherManager)).upcoming.map((b) => b.name)).toEqual(['Oscar Other']);
    for (const who of ['head', 'formerManager', 'secondJobManager', 'learner'] as const) {
      expect(await listTeamBookings(w.viewers[who])).toEqual({ upcoming: [], past: [] });
    }
  });

  it('the page is for managers only', async () => {
    current = w.viewers.manager;
    expect((await open(() => TeamBookingsPage())).status).toBe(200);
    for (const who of ['learner', 'formerManager', 'secondJobManager'] as const) {
      current = w.viewers[who];
      expect({ who, status: (await open(() => TeamBookingsPage())).status }).toEqual({ who, status: 404 });
    }
  });
});

describe('the tab pages', () => {
  it.each(TABS)(
    '%s: a manager sees it, with a View full report link to /team/reports/%s',
    async (_label, tab, render) => {
      current = w.viewers.manager;
      const { status, tree } = await open(render);
      expect(status).toBe(200);
      expect(elements(tree).find((e) => e.type === FullReportLink)?.props.tab).toBe(tab);
    },
  );

  it.each(TABS)('%s: anyone without direct reports gets 404', async (_label, _tab, render) => {
    for (const who of ['learner', 'formerManager', 'secondJobManager'] as const) {
      current = w.viewers[who];
      expect({ who, status: (await open(render)).status }).toEqual({ who, status: 404 });
      expect({ who, status: (await open(() => TabsLayout({ children: null }))).status }).toEqual({ who, status: 404 });
    }
  });

  it('each tab reads from a fixed number of queries, whatever the team size', async () => {
    const big = await makeUser({ organisationId: w.org.id, firstName: 'Big', lastName: 'Boss' });
    const course = await makeCourse();
    for (let i = 0; i < 12; i += 1) {
      const u = await makeUser({ organisationId: w.org.id });
      await db.jobAssignment.create({ data: { userId: u.id, managerId: big.id } });
      await db.courseCompletion.create({ data: { userId: u.id, courseId: course.id, status: 'IN_PROGRESS' } });
    }
    const bigViewer = await viewerFor(big.id);
    const measure = async (viewer: Viewer) => {
      current = viewer;
      const out: number[] = [];
      for (const [, , render] of TABS) out.push((await countQueries(render)).queries);
      return out;
    };
    const small = await measure(w.viewers.manager);
    const large = await measure(bigViewer);
    expect(large).toEqual(small);
    expect(Math.max(...large)).toBeLessThanOrEqual(8);
  });
});
