/** @jest-environment node */
// The admin pages of issue 11 item 6 render for the owning team (rendered to HTML, with the forms), and are
// "not found" for another team's admin and for a learner: a certification's Learners tab and a learner's record
// with its audit trail, a course's Certificates tab and the revoke page.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement, ReactNode } from 'react';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import type { Viewer } from '@/lib/auth/viewer';
import { adminIssueCertificate } from '@/lib/certificates/admin';
import { getCertificationRecordForAdmin, updateCertificationRecord } from '@/lib/certifications/record-admin';
import { certificationRecordEditSchema } from '@/lib/certifications/record-edit';
import { db } from '@/lib/db';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import LearnersPage from '@/app/admin/programs/[id]/learners/page';
import RecordPage from '@/app/admin/programs/[id]/learners/[userId]/page';
import CertificatesPage from '@/app/admin/courses/[courseId]/certificates/page';
import RevokePage from '@/app/admin/courses/[courseId]/certificates/[issueId]/revoke/page';
import { makeCertificateCourse } from '../../factories/certificates';
import { makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

// The tabs read the path (there is no Next router when a page is rendered here).
jest.mock('next/navigation', () => ({ ...jest.requireActual('next/navigation'), usePathname: () => '/admin' }));

beforeAll(resetDb);
afterAll(disconnect);

async function open(render: () => Promise<ReactNode>): Promise<{ status: number; html: string }> {
  try {
    return { status: 200, html: renderToStaticMarkup((await render()) as ReactElement) };
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return { status: getAccessFallbackHTTPStatus(error), html: '' };
    throw error;
  }
}

it('renders the learners, record, certificates and revoke pages for the owning team only', async () => {
  const team = await makeTeam();
  const admin = await makeLdAdmin(team.id);
  const stranger = await makeLdAdmin((await makeTeam()).id);
  const learner = await makeLearner({ firstName: 'Sam', lastName: 'Taylor' });
  const c = await makeCertificateCourse({ ownerTeamId: team.id });
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'CERT-FIRE',
      fullName: 'Fire Safety',
      ownerTeamId: team.id,
      certification: { create: {} },
      courseSets: { create: [{ label: 'Set', courses: { create: [{ courseId: c.course.id }] } }] },
      assignments: { create: [{ type: 'INDIVIDUAL', userId: learner.user.id }] },
    },
  });
  await unsafeSyncProgramAssignments({ programId: program.id });
  const record = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id);
  await updateCertificationRecord(
    admin.viewer,
    program.id,
    learner.user.id,
    certificationRecordEditSchema.parse({
      state: 'in_progress',
      reason: 'Started on paper in the depot',
      version: record.record.version,
    }),
  );
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: learner.user.id, courseId: c.course.id } },
    data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date('2026-10-01T10:00:00Z') },
  });
  const issue = await adminIssueCertificate(admin.viewer, c.course.id, {
    certificateId: c.certificate.id,
    username: learner.user.username,
    reason: 'Paper record imported',
  });

  // The learner is in progress on the certification, so the hand-issued certificate has no expiry.
  expect((await db.certificateIssue.findUniqueOrThrow({ where: { id: issue.id } })).validUntil).toBeNull();

  const pages = {
    learners: () =>
      LearnersPage({
        params: Promise.resolve({ id: String(program.id) }),
        searchParams: Promise.resolve({ q: 'Taylor' }),
      }),
    record: () =>
      RecordPage({
        params: Promise.resolve({ id: String(program.id), userId: String(learner.user.id) }),
        searchParams: Promise.resolve({}),
      }),
    certificates: () =>
      CertificatesPage({
        params: Promise.resolve({ courseId: String(c.course.id) }),
        searchParams: Promise.resolve({}),
      }),
    revoke: () => RevokePage({ params: Promise.resolve({ courseId: String(c.course.id), issueId: String(issue.id) }) }),
  };

  current = admin.viewer;
  const learners = await open(pages.learners);
  expect(learners.status).toBe(200);
  expect(learners.html).toContain('Sam Taylor');
  expect(learners.html).toContain('In progress');
  const page = await open(pages.record);
  expect(page.status).toBe(200);
  expect(page.html).toContain('Audit trail');
  expect(page.html).toContain('Started on paper in the depot');
  expect(page.html).toContain('Reason for the change');
  const certificates = await open(pages.certificates);
  expect(certificates.html).toContain(issue.code);
  expect(certificates.html).toContain('By hand: Paper record imported');
  expect((await open(pages.revoke)).html).toContain('Revoke certificate');

  for (const outsider of [stranger.viewer, learner.viewer]) {
    current = outsider;
    for (const [name, render] of Object.entries(pages)) {
      const r = await open(render);
      expect([name, r.status]).toEqual([name, 404]);
    }
  }
});
