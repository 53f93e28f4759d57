/** @jest-environment node */
// My Team full reports (issue 12 item 3): members, courses, programs and certifications with filters, sorts and
// paging, and their streamed Excel and CSV exports. Scope: a manager sees direct reports only (primary job
// assignment: never a report's reports, never a former manager's team); L&D admins the learning their team
// owns; site admins everyone. Learners, other managers and anonymous callers are refused or see nothing of it.
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { GET } from '@/app/(manager)/team/reports/[report]/export/[format]/route';
import type { Viewer } from '@/lib/auth/viewer';
import { certificationState, type CertificationRecord } from '@/lib/certifications/rules';
import { parseCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { getTeamReport } from '@/lib/reports/team-queries';
import { certificationStateSql } from '@/lib/reports/team-reports';
import {
  enrol,
  makeCourse,
  makeLdAdmin,
  makeOrganisation,
  makeTeam,
  makeUser,
  viewerFor,
} from '../../factories/learning';
import { assignProgram } from '../../factories/programs';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

const now = new Date('2026-12-02T12:00:00Z');
let manager: Viewer;
let otherManager: Viewer;
let learner: Viewer;
let ld: Viewer;
let siteAdmin: Viewer;
let ids: Record<string, number> = {};

async function manage(userId: number, managerId: number) {
  await db.jobAssignment.upsert({
    where: { userId_idNumber: { userId, idNumber: 'primary' } },
    update: { managerId },
    create: { userId, managerId, idNumber: 'primary', isPrimary: true, title: 'Officer' },
  });
}

beforeAll(async () => {
  await resetDb();
  const orgA = await makeOrganisation({ name: 'Alpha Council' });
  const orgB = await makeOrganisation({ name: 'Beta Schools' });
  const team = await makeTeam('HR L&D');
  const m = await makeUser({ organisationId: orgA.id, firstName: 'Mina', lastName: 'Manager' });
  const m2 = await makeUser({ organisationId: orgA.id, firstName: 'Otto', lastName: 'Othermanager' });
  const r1 = await makeUser({ organisationId: orgA.id, firstName: 'Ann', lastName: 'Adams' });
  const r2 = await makeUser({ organisationId: orgB.id, firstName: 'Ben', lastName: 'Brown' });
  const r3 = await makeUser({ organisationId: orgA.id, firstName: 'Cat', lastName: 'Grandreport' });
  const former = await makeUser({ organisationId: orgA.id, firstName: 'Fay', lastName: 'Former' });
  const evil = await makeUser({ organisationId: orgA.id, firstName: '=HYPERLINK("x")', lastName: 'Evil' });
  await manage(r1.id, m.id);
  await manage(r2.id, m.id);
  await manage(evil.id, m.id);
  await manage(r3.id, r1.id);
  await manage(former.id, m.id);
  await manage(former.id, m2.id); // moved to another manager: Mina is now a former manager
  const owned = await makeCourse({ fullName: 'Owned Course', ownerTeamId: team.id });
  const other = await makeCourse({ fullName: 'Other Course' });
  for (const u of [r1, r3, former]) await enrol(u.id, owned.id);
  for (const u of [r1, r2, evil]) await enrol(u.id, other.id);
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: r1.id, courseId: owned.id } },
    data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date('2026-06-30T23:30:00Z') },
  });
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: r2.id, courseId: other.id } },
    data: { status: 'IN_PROGRESS', progressPercent: 60, timeStarted: new Date('2026-05-01T09:00:00Z') },
  });
  const program = await assignProgram(db, r1.id);
  await db.program.update({ where: { id: program.id }, data: { fullName: 'Induction', ownerTeamId: team.id } });
  await db.programCompletion.create({
    data: { programId: program.id, userId: r1.id, progressPercent: 20, dueAt: new Date('2026-11-01T12:00:00Z') },
  });
  const cert = await assignProgram(db, r2.id, 'CERTIFICATION');
  await db.program.update({ where: { id: cert.id }, data: { fullName: 'Fire Safety' } });
  await db.certificationCompletion.create({
    data: {
      certificationId: cert.certification!.id,
      userId: r2.id,
      status: 'CERTIFIED',
      timeCompleted: new Date('2025-01-10T10:00:00Z'),
      timeWindowOpens: new Date('2026-12-01T10:00:00Z'),
      timeExpires: new Date('2027-01-10T10:00:00Z'),
    },
  });
  manager = await viewerFor(m.id);
  otherManager = await viewerFor(m2.id);
  learner = await viewerFor(r3.id); // a learner with no reports of their own
  ld = (await makeLdAdmin(team.id)).viewer;
  siteAdmin = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
  ids = { r1: r1.id, r2: r2.id, r3: r3.id, former: former.id, evil: evil.id, owned: owned.id, orgB: orgB.id };
});
afterAll(disconnect);

const names = (rows: unknown[]) => rows.map((r) => (r as { name: string }).name).sort();

describe('scope', () => {
  it('gives a manager their direct reports only: not a report’s reports, not a former manager’s', async () => {
    const courses = await getTeamReport(manager, 'courses', {}, now);
    expect(names(courses.rows)).toEqual(['=HYPERLINK("x") Evil', 'Ann Adams', 'Ann Adams', 'Ben Brown']);
    const members = await getTeamReport(manager, 'members', {}, now);
    expect(names(members.rows)).toEqual(['=HYPERLINK("x") Evil', 'Ann Adams', 'Ben Brown']);
    expect(members.rows.find((r) => (r as { name: string }).name === 'Ann Adams')).toMatchObject({
      coursesEnrolled: 2,
      coursesStarted: 1,
      coursesCompleted: 1,
      jobTitle: 'Officer',
    });
    const other = await getTeamReport(otherManager, 'courses', {}, now);
    expect(names(other.rows)).toEqual(['Fay Former']);
  });

  it('gives an L&D admin the records of the learning their team owns, and a site admin everyone', async () => {
    const courses = await getTeamReport(ld, 'courses', {}, now);
    expect(courses.scope).toBe('admin');
    expect(names(courses.rows)).toEqual(['Ann Adams', 'Cat Grandreport', 'Fay Former']);
    expect(names((await getTeamReport(ld, 'programs', {}, now)).rows)).toEqual(['Ann Adams']);
    expect((await getTeamReport(ld, 'certifications', {}, now)).rows).toEqual([]);
    expect(names((await getTeamReport(ld, 'members', {}, now)).rows)).toEqual([
      'Ann Adams',
      'Cat Grandreport',
      'Fay Former',
    ]);
    expect((await getTeamReport(siteAdmin, 'courses', {}, now)).total).toBe(6);
  });

  it('refuses a learner, and a scope the viewer does not hold', async () => {
    for (const key of ['members', 'courses', 'programs', 'certifications'] as const)
      await expect(getTeamReport(learner, key, {}, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeamReport(manager, 'courses', { scope: 'admin' }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeamReport(ld, 'courses', { scope: 'team' }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('filters, sorting and paging', () => {
  it('filters by name, organisation, course, status and dates (London days)', async () => {
    const by = (query: Parameters<typeof getTeamReport>[2]) =>
      getTeamReport(manager, 'courses', query, now).then((r) => names(r.rows));
    expect(await by({ q: 'adam' })).toEqual(['Ann Adams', 'Ann Adams']);
    expect(await by({ q: '%' })).toEqual([]);
    expect(await by({ organisation: ids.orgB })).toEqual(['Ben Brown']);
    expect(await by({ item: ids.owned })).toEqual(['Ann Adams']);
    expect(await by({ status: 'in_progress' })).toEqual(['Ben Brown']);
    expect(await by({ status: 'complete' })).toEqual(['Ann Adams']);
    // Completed 00:30 on 1 July in London (23:30 UTC on 30 June).
    expect(await by({ from: '2026-07-01', to: '2026-07-01' })).toEqual(['Ann Adams']);
    expect(await by({ to: '2026-06-30' })).toEqual([]);
  });

  it('sorts by a whitelisted column and pages with a total', async () => {
    const sorted = await getTeamReport(manager, 'courses', { sort: 'progress', dir: 'desc' }, now);
    expect(sorted.rows.map((r) => (r as { progress: number }).progress)).toEqual([100, 60, 0, 0]);
    const unknown = await getTeamReport(manager, 'courses', { sort: 'password_hash' }, now);
    expect(unknown.sort).toBe('name');
    const page2 = await getTeamReport(manager, 'courses', { page: 2 }, now);
    expect(page2.total).toBe(4);
    expect(page2.rows).toEqual([]);
  });

  it('shows program and certification states and overdue flags', async () => {
    const programs = await getTeamReport(manager, 'programs', { status: 'overdue' }, now);
    expect(programs.rows).toEqual([
      expect.objectContaining({ name: 'Ann Adams', state: 'in_progress', overdue: true }),
    ]);
    const certs = await getTeamReport(manager, 'certifications', { status: 'window_open' }, now);
    expect(certs.rows).toEqual([
      expect.objectContaining({ name: 'Ben Brown', item: 'Fire Safety', state: 'window_open' }),
    ]);
    expect((await getTeamReport(manager, 'certifications', { status: 'certified' }, now)).rows).toEqual([]);
  });
});

it('computes the certification state in SQL exactly as lib/certifications/rules does', async () => {
  const d = (iso: string) => new Date(iso);
  const records: CertificationRecord[] = [];
  for (const status of ['ASSIGNED', 'IN_PROGRESS', 'CERTIFIED', 'EXPIRED'] as const)
    for (const renewalStatus of ['NOT_DUE', 'DUE', 'EXPIRED'] as const)
      for (const expires of [null, '2026-11-01T00:00:00Z', '2027-06-01T00:00:00Z'])
        for (const window of [null, '2026-10-01T00:00:00Z', '2027-05-01T00:00:00Z'])
          records.push({
            status,
            renewalStatus,
            timeCompleted: expires ? d('2025-01-01T00:00:00Z') : null,
            timeExpires: expires ? d(expires) : null,
            timeWindowOpens: window ? d(window) : null,
            dueAt: d('2026-12-20T00:00:00Z'),
          });
  const values = records.map(
    (r) =>
      Prisma.sql`(${r.status}::"CertificationStatus", ${r.renewalStatus}::"RenewalStatus", ${r.timeExpires}::timestamp(3), ${r.timeWindowOpens}::timestamp(3))`,
  );
  const rows = await db.$queryRaw<{ state: string }[]>(
    Prisma.sql`SELECT ${certificationStateSql('r', now)} AS state FROM (VALUES ${Prisma.join(values)})
      AS r(status, "renewalStatus", "timeExpires", "timeWindowOpens")`,
  );
  expect(rows.map((r) => r.state)).toEqual(records.map((r) => certificationState(r, now).key));
});

function exportOf(report: string, format: string, search = '') {
  return GET(new NextRequest(`http://app.test/team/reports/${report}/export/${format}${search}`), {
    params: Promise.resolve({ report, format }),
  });
}

describe('export routes', () => {
  const reports = ['members', 'courses', 'programs', 'certifications'];

  it('refuse anonymous (401), a learner (404), a scope not held (404), bad input (400/404), never 500', async () => {
    for (const report of reports)
      for (const format of ['csv', 'xlsx']) {
        current = null;
        expect((await exportOf(report, format)).status).toBe(401);
        current = learner;
        expect((await exportOf(report, format)).status).toBe(404);
        current = manager;
        expect((await exportOf(report, format, '?scope=admin')).status).toBe(404);
        expect((await exportOf(report, format, '?from=2026-02-31')).status).toBe(400);
        expect((await exportOf(report, format, '?organisation=0x10')).status).toBe(400);
      }
    current = manager;
    expect((await exportOf('users', 'csv')).status).toBe(404);
    expect((await exportOf('courses', 'pdf')).status).toBe(404);
  });

  it('streams CSV with the page’s rows, filters and sort, formulas neutralised', async () => {
    current = manager;
    const response = await exportOf('courses', 'csv', '?sort=progress&dir=desc');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Team courses - \d{4}-\d\d-\d\d\.csv"/,
    );
    const rows = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
    expect(rows[0]).toEqual([
      'Name',
      'Username',
      'Organisation',
      'Course',
      'Status',
      'Progress',
      'Enrolled',
      'Started',
      'Completion date',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['Ann Adams', '100'],
      ['Ben Brown', '60'],
      // Ties in the sort keep the order the records were made in.
      ['Ann Adams', '0'],
      ['\'=HYPERLINK("x") Evil', '0'],
    ]);
    expect(rows[1]![8]).toBe('2026-07-01');
    const filtered = parseCsv(await (await exportOf('courses', 'csv', '?status=in_progress')).text());
    expect(filtered.slice(1).map((r) => r[0])).toEqual(['Ben Brown']);
    current = otherManager;
    const theirs = await (await exportOf('courses', 'csv')).text();
    expect(theirs).toMatch(/Fay Former/);
    expect(theirs).not.toMatch(/Ann Adams|Ben Brown/);
  });

  it('streams Excel with real dates and numbers, a frozen bold header and widths', async () => {
    current = manager;
    const response = await exportOf('courses', 'xlsx', '?status=complete');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Team courses');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(4).width).toBe(40);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Ann Adams');
    expect(row.getCell(6).value).toBe(1);
    expect(row.getCell(9).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
  });
});
