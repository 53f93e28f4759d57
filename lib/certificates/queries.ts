// Certificate reads. Who may open an issued certificate: the learner, their manager (a direct report through any
// job assignment), an L&D admin of the team that owns the course, and site admins. One scoping rule, used by
// every read, in the query's `where`; a refusal looks exactly like a missing certificate.
import { coursesManagedBy } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError, UserError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DownloadableFile } from '@/lib/storage/download-response';
import { normaliseVerificationCode } from './codes';
import { unsafeCertificatePdf } from './pdf';

export function viewableCertificateIssueWhere(viewer: Viewer): Prisma.CertificateIssueWhereInput {
  if (viewer.isSiteAdmin) return {};
  return {
    OR: [
      { userId: viewer.id },
      { user: { jobAssignments: { some: { managerId: viewer.id } } } },
      ...(viewer.ldTeamIds.length > 0 ? [{ certificate: { activity: { course: coursesManagedBy(viewer) } } }] : []),
    ],
  };
}

function pdfFilename(courseName: string, learnerName: string): string {
  return `Certificate - ${courseName} - ${learnerName}.pdf`.replace(/[/\\:*?"<>|]/g, '-');
}

/** The PDF of an issued certificate the viewer may open (rendered and stored on first use). */
export async function getCertificatePdf(viewer: Viewer, issueId: number): Promise<DownloadableFile> {
  const issue = await db.certificateIssue.findFirst({
    where: { id: issueId, ...viewableCertificateIssueWhere(viewer) },
    select: { id: true, courseName: true, learnerName: true, revokedAt: true, revokedReason: true },
  });
  if (!issue) throw new NotFoundError('We could not find that certificate.');
  if (issue.revokedAt)
    throw new UserError(
      `This certificate was revoked on ${formatDate(issue.revokedAt)} and can no longer be opened. Reason: ${issue.revokedReason ?? 'not given'}.`,
    );
  return {
    bytes: await unsafeCertificatePdf(issue.id),
    mimeType: 'application/pdf',
    filename: pdfFilename(issue.courseName, issue.learnerName),
  };
}

export type IssuedCertificate = {
  id: number;
  code: string;
  courseName: string;
  completedAt: Date;
  issuedAt: Date;
  validUntil: Date | null;
  archivedAt: Date | null;
  /** Revoked by L&D: the learner sees when and why, and it no longer opens or verifies. */
  revokedAt: Date | null;
  revokedReason: string | null;
};

const ISSUE_SELECT = {
  id: true,
  code: true,
  courseName: true,
  completedAt: true,
  issuedAt: true,
  validUntil: true,
  archivedAt: true,
  revokedAt: true,
  revokedReason: true,
} as const;

export type CertificateActivityPage = Awaited<ReturnType<typeof getActivityAccess>> & {
  current: IssuedCertificate | null;
  previous: IssuedCertificate[];
};

/** The certificate activity as the learner sees it: locked until the course is complete, then their certificate. */
export async function getCertificateActivity(viewer: Viewer, activityId: number): Promise<CertificateActivityPage> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'CERTIFICATE') throw new NotFoundError('We could not find that activity.');
  const issues = await db.certificateIssue.findMany({
    where: { userId: viewer.id, certificate: { activityId } },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    select: { ...ISSUE_SELECT, currentFlag: true },
  });
  const current = issues.find((i) => i.currentFlag === true) ?? null;
  const strip = (issue: (typeof issues)[number]): IssuedCertificate => {
    const { currentFlag, ...rest } = issue;
    void currentFlag;
    return rest;
  };
  return {
    ...access,
    current: current ? strip(current) : null,
    previous: issues.filter((i) => i !== current).map(strip),
  };
}

/** The viewer's current certificates by course (Record of Learning links to them). */
export async function listOwnCurrentCertificates(
  viewer: Viewer,
  courseIds: number[],
): Promise<Map<number, { id: number }>> {
  if (courseIds.length === 0) return new Map();
  const rows = await db.certificateIssue.findMany({
    where: { userId: viewer.id, currentFlag: true, certificate: { activity: { courseId: { in: courseIds } } } },
    orderBy: { id: 'asc' },
    select: { id: true, certificate: { select: { activity: { select: { courseId: true } } } } },
  });
  return new Map(rows.map((r) => [r.certificate.activity.courseId, { id: r.id }]));
}

export type VerifiedCertificate = {
  awardedTo: string;
  courseName: string;
  completedAt: Date;
  issuedAt: Date;
  validUntil: Date | null;
  /** "valid", "expired" (past validUntil) or "superseded" (archived when the learner renewed). */
  validity: 'valid' | 'expired' | 'superseded';
};

/** A revoked certificate does not verify: only the fact and the date are told, nothing about the person. */
export type RevokedCertificate = { validity: 'revoked'; revokedAt: Date };

/** Public verification: what the certificate says, and nothing else about the person. Null = not verified. */
export async function verifyCertificate(
  input: string,
  now: Date = new Date(),
): Promise<VerifiedCertificate | RevokedCertificate | null> {
  const code = normaliseVerificationCode(input);
  if (!code) return null;
  const issue = await db.certificateIssue.findUnique({
    where: { code },
    select: {
      learnerName: true,
      courseName: true,
      completedAt: true,
      issuedAt: true,
      validUntil: true,
      archivedAt: true,
      revokedAt: true,
    },
  });
  if (!issue) return null;
  if (issue.revokedAt) return { validity: 'revoked', revokedAt: issue.revokedAt };
  const validity =
    issue.validUntil && issue.validUntil.getTime() < now.getTime()
      ? 'expired'
      : issue.archivedAt
        ? 'superseded'
        : 'valid';
  return {
    awardedTo: issue.learnerName,
    courseName: issue.courseName,
    completedAt: issue.completedAt,
    issuedAt: issue.issuedAt,
    validUntil: issue.validUntil,
    validity,
  };
}
