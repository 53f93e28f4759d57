/** @jest-environment node */
// Learners export their own Record of Learning (issue 12 item 7): CSV through the shared module (formula
// injection neutralised), Excel with real dates and numbers, a header row, frozen panes and widths, and a PDF
// from the certificates' browser pool. Only ever the viewer's own records; anonymous, a temporary password and
// an unknown format are refused, never a 500.
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { GET } from '@/app/(learner)/record-of-learning/export/[format]/route';
import type { Viewer } from '@/lib/auth/viewer';
import { closePdfPool } from '@/lib/certificates/pdf-pool';
import { db } from '@/lib/db';
import { parseCsv } from '@/lib/csv';
import { assignProgram } from '../../factories/programs';
import { enrol, makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

let sam: Viewer;
let other: Viewer;
const completed = new Date('2026-06-30T23:30:00Z'); // 1 July 2026, 00:30 in London (BST)

beforeAll(async () => {
  await resetDb();
  sam = (await makeLearner({ firstName: 'Sam', lastName: 'Smith' })).viewer;
  other = (await makeLearner({ firstName: 'Olive', lastName: 'Other' })).viewer;
  const safeguarding = await makeCourse({ fullName: 'Safeguarding Adults' });
  const injected = await makeCourse({ fullName: '=HYPERLINK("http://evil.test","Click")' });
  const secret = await makeCourse({ fullName: 'Olive Only Course' });
  await enrol(sam.id, safeguarding.id);
  await enrol(sam.id, injected.id);
  await enrol(other.id, secret.id);
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: sam.id, courseId: safeguarding.id } },
    data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: completed },
  });
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: sam.id, courseId: injected.id } },
    data: { status: 'IN_PROGRESS', progressPercent: 40 },
  });
  const program = await assignProgram(db, sam.id);
  await db.program.update({ where: { id: program.id }, data: { fullName: 'Induction Program' } });
  await db.programCompletion.create({
    data: { programId: program.id, userId: sam.id, progressPercent: 50, dueAt: new Date('2027-01-31T12:00:00Z') },
  });
  const cert = await assignProgram(db, sam.id, 'CERTIFICATION');
  await db.program.update({ where: { id: cert.id }, data: { fullName: 'Fire Safety Certification' } });
  await db.certificationCompletion.create({
    data: {
      certificationId: cert.certification!.id,
      userId: sam.id,
      status: 'CERTIFIED',
      timeCompleted: completed,
      timeWindowOpens: new Date('2030-05-31T12:00:00Z'),
      timeExpires: new Date('2030-06-30T12:00:00Z'),
    },
  });
  await db.evidence.create({
    data: {
      userId: sam.id,
      title: 'First aid at work',
      completedOn: new Date('2025-03-14'),
      hours: '6.5',
      provider: 'Red Cross',
    },
  });
  await db.evidence.create({
    data: { userId: other.id, title: 'Olive evidence', completedOn: new Date('2025-01-01') },
  });
});
afterAll(async () => {
  await closePdfPool();
  await disconnect();
});

function get(format: string) {
  return GET(new NextRequest(`http://app.test/record-of-learning/export/${format}`), {
    params: Promise.resolve({ format }),
  });
}

it('refuses anonymous (401), a temporary password (403) and an unknown format (404)', async () => {
  current = null;
  expect((await get('csv')).status).toBe(401);
  current = { ...sam, mustChangePassword: true };
  expect((await get('xlsx')).status).toBe(403);
  current = sam;
  for (const bad of ['doc', 'CSV', '1', '']) expect((await get(bad)).status).toBe(404);
});

it('exports the learner’s own record as CSV, with formulas neutralised and UK-zone dates', async () => {
  current = sam;
  const response = await get('csv');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(
    /attachment; filename="Record of Learning - Sam Smith - \d{4}-\d\d-\d\d\.csv"/,
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  // A byte-order mark, so Excel reads the file as UTF-8 (response.text() would drop it).
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  const rows = parseCsv(text);
  expect(rows[0]).toEqual([
    'Type',
    'Name',
    'Status',
    'Progress',
    'Due date',
    'Completion date',
    'Window opens',
    'Expiry date',
    'Previous completions',
    'Hours',
    'Provider',
  ]);
  const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
  expect(byName.get('Safeguarding Adults')).toEqual(
    expect.arrayContaining(['Course', 'Complete', '100', '2026-07-01']),
  );
  expect(byName.has('\'=HYPERLINK("http://evil.test","Click")')).toBe(true);
  expect(byName.get('Induction Program')).toEqual(expect.arrayContaining(['Program', '50', '2027-01-31']));
  expect(byName.get('Fire Safety Certification')).toEqual(
    expect.arrayContaining(['Certification', '2026-07-01', '2030-05-31', '2030-06-30']),
  );
  expect(byName.get('First aid at work')).toEqual(expect.arrayContaining(['Other evidence', '6.5', 'Red Cross']));
  expect(text).not.toMatch(/Olive/);
});

it('exports Excel with a sheet per section, real dates and numbers, a bold frozen header and widths', async () => {
  current = sam;
  const response = await get('xlsx');
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Courses', 'Programs', 'Certifications', 'Other evidence']);
  const courses = workbook.getWorksheet('Courses')!;
  expect(courses.getRow(1).values).toEqual([
    undefined,
    'Course',
    'Status',
    'Progress',
    'Completion date',
    'Previous completions',
  ]);
  expect(courses.getRow(1).font?.bold).toBe(true);
  expect(courses.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(courses.getColumn(1).width).toBe(48);
  const safeguarding = [2, 3].map((n) => courses.getRow(n)).find((r) => r.getCell(1).value === 'Safeguarding Adults')!;
  expect(safeguarding.getCell(3).value).toBe(1);
  expect(safeguarding.getCell(3).numFmt).toBe('0%');
  // A real date, the London day (not the UTC one), shown in UK order.
  expect(safeguarding.getCell(4).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
  expect(safeguarding.getCell(4).numFmt).toBe('dd/mm/yyyy');
  const evidence = workbook.getWorksheet('Other evidence')!;
  expect(evidence.getRow(2).getCell(4).value).toBe(6.5);
  const all = workbook.worksheets.flatMap((w) => w.getSheetValues().flat().map(String));
  expect(all.join(' ')).not.toMatch(/Olive/);
});

it('exports a PDF of the record', async () => {
  current = sam;
  const response = await get('pdf');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toMatch(/Record of Learning: Sam Smith/);
}, 60_000);

it('gives another learner only their own record', async () => {
  current = other;
  const text = await (await get('csv')).text();
  expect(text).toMatch(/Olive Only Course/);
  expect(text).not.toMatch(/Safeguarding|Sam/);
});
