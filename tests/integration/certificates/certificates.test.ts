/** @jest-environment node */
// Certificates (issue 11 item 1): issued once when the course completes (also under two completions at once),
// frozen at issue time, archived by a reset and issued again with the new date; the PDF route's access matrix
// (learner, other learner, manager, course L&D, site admin, anonymous); one real PDF, stored once and served from
// storage; public verification that says nothing more than name, course, dates and validity.
import { NextRequest } from 'next/server';
import { GET } from '@/app/(learner)/certificates/[id]/route';
import type { Viewer } from '@/lib/auth/viewer';
import * as pdfPool from '@/lib/certificates/pdf-pool';
import { getCertificateActivity, verifyCertificate } from '@/lib/certificates/queries';
import { recordActivityFacts } from '@/lib/completion/facts';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { db } from '@/lib/db';
import { registerSubscribers } from '@/lib/subscribers';
import { makeCertificateCourse } from '../../factories/certificates';
import { makeLdAdmin, makeLearner, makeTeam, makeUser, viewerFor } from '../../factories/learning';
import { tempStore } from '../../factories/scorm';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

// jest.mock calls are hoisted above the imports, so the route wrapper sees the mocked viewer.
// The real renderer, wrapped so one test can make it fail once.
jest.mock('@/lib/certificates/pdf-pool', () => {
  const actual = jest.requireActual('@/lib/certificates/pdf-pool');
  return { ...actual, renderPdf: jest.fn(actual.renderPdf) };
});

beforeAll(async () => {
  await resetDb();
  registerSubscribers();
  (globalThis as { ilearnObjectStore?: unknown }).ilearnObjectStore = tempStore().store;
});
afterAll(async () => {
  await pdfPool.closePdfPool();
  await disconnect();
});

async function completeCourse(userId: number, pageId: number) {
  return recordActivityFacts(db, { userId, activityId: pageId, facts: { viewed: true } });
}

/** The PDF's /Title: a literal string, or UTF-16BE hex when it has characters outside Latin-1. */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<(?:FEFF|feff)([0-9A-Fa-f]*)>/.exec(text);
  if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
}

function getPdf(id: number | string) {
  const request = new NextRequest(`http://app.test/certificates/${id}`);
  return GET(request, { params: Promise.resolve({ id: String(id) }) });
}

it('issues the certificate once, even when the course completes twice at the same moment', async () => {
  const { user } = await makeLearner();
  const { page, certificate, enrol } = await makeCertificateCourse();
  await enrol(user.id);
  const results = await Promise.allSettled([completeCourse(user.id, page.id), completeCourse(user.id, page.id)]);
  expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
  await completeCourse(user.id, page.id); // and again later: still one
  const issues = await db.certificateIssue.findMany({ where: { certificateId: certificate.id, userId: user.id } });
  expect(issues).toHaveLength(1);
  const completion = await db.courseCompletion.findFirstOrThrow({ where: { userId: user.id } });
  // The certificate's date is the course completion date, there from the moment the course completes.
  expect(issues[0]!.completedAt.getTime()).toBe(completion.timeCompleted!.getTime());
  expect(issues[0]!.currentFlag).toBe(true);
  expect(issues[0]!.code).toMatch(/^[A-Z0-9]{10}$/);
});

it('freezes name and course at issue; a reset archives it and the next completion issues a new one', async () => {
  const { user, viewer } = await makeLearner({ firstName: 'Ada', lastName: 'Lovelace' });
  const { course, page, activity, enrol } = await makeCertificateCourse();
  await enrol(user.id);
  await completeCourse(user.id, page.id);
  await db.user.update({ where: { id: user.id }, data: { lastName: 'King' } });
  await db.course.update({ where: { id: course.id }, data: { fullName: 'Renamed course' } });
  const first = await getCertificateActivity(viewer, activity.id);
  expect(first.current).toMatchObject({ courseName: course.fullName });
  const firstIssue = await db.certificateIssue.findUniqueOrThrow({ where: { id: first.current!.id } });
  expect(firstIssue.learnerName).toBe('Ada Lovelace');

  await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'RECERTIFICATION' });
  const afterReset = await getCertificateActivity(viewer, activity.id);
  expect(afterReset.current).toBeNull();
  expect(afterReset.previous.map((p) => p.id)).toEqual([first.current!.id]);

  await new Promise((r) => setTimeout(r, 5));
  await db.activityCompletion.deleteMany({ where: { userId: user.id } });
  await completeCourse(user.id, page.id);
  const renewed = await getCertificateActivity(viewer, activity.id);
  expect(renewed.current).not.toBeNull();
  expect(renewed.current!.id).not.toBe(first.current!.id);
  expect(renewed.current!.completedAt.getTime()).toBeGreaterThan(first.current!.completedAt.getTime());
  expect(renewed.previous.map((p) => p.id)).toEqual([first.current!.id]);
  // Both stay verifiable; the old one says it was replaced.
  expect((await verifyCertificate(renewed.current!.code))?.validity).toBe('valid');
  expect((await verifyCertificate(first.current!.code.toLowerCase()))?.validity).toBe('superseded');
});

it('the certificate page stays locked until the course is complete', async () => {
  const { user, viewer } = await makeLearner();
  const { activity, enrol } = await makeCertificateCourse();
  await enrol(user.id);
  const page = await getCertificateActivity(viewer, activity.id);
  expect(page.current).toBeNull();
  expect(page.previous).toEqual([]);
});

describe('the PDF route', () => {
  let issueId: number;
  let learnerName: string;
  const viewers: Record<string, Viewer> = {};

  beforeAll(async () => {
    const team = await makeTeam();
    const otherTeam = await makeTeam();
    const { user, viewer } = await makeLearner({ firstName: 'Samira', lastName: 'Taylor-Ōkoro' });
    learnerName = `${user.firstName} ${user.lastName}`;
    const manager = await makeUser();
    await db.jobAssignment.create({ data: { userId: user.id, managerId: manager.id } });
    const { page, enrol } = await makeCertificateCourse({ ownerTeamId: team.id });
    await enrol(user.id);
    await completeCourse(user.id, page.id);
    issueId = (await db.certificateIssue.findFirstOrThrow({ where: { userId: user.id } })).id;
    viewers.owner = viewer;
    viewers.manager = await viewerFor(manager.id);
    viewers.other = (await makeLearner()).viewer;
    viewers.courseLd = (await makeLdAdmin(team.id)).viewer;
    viewers.otherLd = (await makeLdAdmin(otherTeam.id)).viewer;
    viewers.admin = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
  });

  it('renders a real PDF once, stores it, and serves the stored copy afterwards', async () => {
    current = viewers.owner!;
    const response = await getPdf(issueId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; /);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium writes the page title (which names the learner) into the PDF's metadata.
    expect(pdfTitle(bytes)).toContain(learnerName);
    const issue = await db.certificateIssue.findUniqueOrThrow({ where: { id: issueId }, include: { pdfFile: true } });
    expect(issue.pdfFile?.sizeBytes).toBe(bytes.length);
    const again = Buffer.from(await (await getPdf(issueId)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
    expect(await db.storedFile.count({ where: { mimeType: 'application/pdf' } })).toBe(1);
  }, 60_000);

  it.each([
    ['owner', 200],
    ['manager', 200],
    ['courseLd', 200],
    ['admin', 200],
    ['other', 404],
    ['otherLd', 404],
  ])('%s gets %i', async (who, status) => {
    current = viewers[who]!;
    const response = await getPdf(issueId);
    expect(response.status).toBe(status);
    if (status !== 200) expect(await response.text()).not.toContain('%PDF');
  });

  it('a failed render answers 503 with a message to try again, stores nothing, and the retry works', async () => {
    const { user, viewer } = await makeLearner();
    const { page, enrol } = await makeCertificateCourse();
    await enrol(user.id);
    await completeCourse(user.id, page.id);
    const issue = await db.certificateIssue.findFirstOrThrow({ where: { userId: user.id } });
    current = viewer;
    jest.mocked(pdfPool.renderPdf).mockRejectedValueOnce(new pdfPool.PdfRenderError('crashed'));
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await getPdf(issue.id);
    quiet.mockRestore();
    expect(failed.status).toBe(503);
    expect(await failed.text()).toMatch(/could not create your certificate just now\. Please try again/);
    expect((await db.certificateIssue.findUniqueOrThrow({ where: { id: issue.id } })).pdfFileId).toBeNull();
    const retried = await getPdf(issue.id);
    expect(retried.status).toBe(200);
    const pdf = Buffer.from(await retried.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A warm page swaps only title and body (fonts stay loaded): the new learner's name, not the last one's.
    expect(pdfTitle(pdf)).toContain(`${user.firstName} ${user.lastName}`);
    expect(pdfTitle(pdf)).not.toContain('Samira');
  }, 60_000);

  it('anonymous visitors get 401; malformed and unknown ids 404, never a 500', async () => {
    current = null;
    expect((await getPdf(issueId)).status).toBe(401);
    current = viewers.admin!;
    expect((await getPdf('abc')).status).toBe(404);
    expect((await getPdf('99999999')).status).toBe(404);
  });
});

it('verification shows name, course, dates and validity only, and "not verified" for anything else', async () => {
  const { user } = await makeLearner({ firstName: 'Vera', lastName: 'Fication', email: 'vera@example.test' });
  const { page, enrol } = await makeCertificateCourse();
  await enrol(user.id);
  await completeCourse(user.id, page.id);
  const issue = await db.certificateIssue.findFirstOrThrow({ where: { userId: user.id } });
  const spaced = `${issue.code.slice(0, 4)} ${issue.code.slice(4).toLowerCase()}`;
  const result = await verifyCertificate(spaced);
  expect(Object.keys(result!).sort()).toEqual(
    ['awardedTo', 'completedAt', 'courseName', 'issuedAt', 'validUntil', 'validity'].sort(),
  );
  expect(result).toMatchObject({ awardedTo: 'Vera Fication', validity: 'valid' });
  expect(JSON.stringify(result)).not.toContain('vera@example.test');
  await db.certificateIssue.update({ where: { id: issue.id }, data: { validUntil: new Date(Date.now() - 1000) } });
  expect((await verifyCertificate(issue.code))?.validity).toBe('expired');
  expect(await verifyCertificate('NOPE234567')).toBeNull();
  expect(await verifyCertificate("'; DROP TABLE x; --")).toBeNull();
  expect(await verifyCertificate('')).toBeNull();
});
