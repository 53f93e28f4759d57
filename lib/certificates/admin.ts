// L&D's certificate admin for one course (the course's owning team and site admins: requireCourseManager): the
// list of issued certificates, issuing one by hand, and revoking one, each with a reason written to the audit log
// in the same transaction. Concurrency: the unique (certificate, learner, current) key lets only one current
// certificate exist however many admins press "Issue" at once, and a revoke is a conditional update, so a second
// revoke of the same certificate changes nothing and writes no second audit entry.
import { z } from 'zod';
import { writeAudit } from '@/lib/accounts/audit';
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { dateOnlySchema, idField, plainTextSchema } from '@/lib/validation';
import { newVerificationCode } from './codes';

export const CERTIFICATE_AUDIT_ENTITY = 'CertificateIssue';

const reason = plainTextSchema(1000, { label: 'The reason', min: 3, required: 'Enter the reason' });

export const issueCertificateSchema = z.object({
  certificateId: idField('Choose the certificate'),
  username: z
    .string({ error: 'Enter the username of the person' })
    .trim()
    .min(1, 'Enter the username of the person')
    .max(100, 'Usernames are 100 characters or fewer'),
  completedAt: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    dateOnlySchema('Enter the completion date as a real date, like 2027-03-31').optional(),
  ),
  reason,
});
export type IssueCertificateInput = z.infer<typeof issueCertificateSchema>;

export const revokeCertificateSchema = z.object({ reason });

export type CourseCertificateRow = {
  id: number;
  certificateTitle: string;
  learnerName: string;
  username: string;
  code: string;
  completedAt: Date;
  issuedAt: Date;
  validUntil: Date | null;
  status: 'current' | 'archived' | 'revoked';
  issueReason: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/** The course's certificate activities and every certificate issued from them (newest first, 200 at most). */
export async function listCourseCertificates(viewer: Viewer, courseId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const [certificates, issues] = await Promise.all([
    db.certificate.findMany({
      where: { activity: { courseId } },
      orderBy: { id: 'asc' },
      select: { id: true, title: true, activity: { select: { name: true } } },
    }),
    db.certificateIssue.findMany({
      where: { certificate: { activity: { courseId } } },
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      take: 200,
      select: {
        id: true,
        code: true,
        learnerName: true,
        completedAt: true,
        issuedAt: true,
        validUntil: true,
        currentFlag: true,
        issueReason: true,
        revokedAt: true,
        revokedReason: true,
        user: { select: { username: true } },
        certificate: { select: { activity: { select: { name: true } } } },
      },
    }),
  ]);
  const rows: CourseCertificateRow[] = issues.map((i) => ({
    id: i.id,
    certificateTitle: i.certificate.activity.name,
    learnerName: i.learnerName,
    username: i.user.username,
    code: i.code,
    completedAt: i.completedAt,
    issuedAt: i.issuedAt,
    validUntil: i.validUntil,
    status: i.revokedAt ? 'revoked' : i.currentFlag ? 'current' : 'archived',
    issueReason: i.issueReason,
    revokedAt: i.revokedAt,
    revokedReason: i.revokedReason,
  }));
  return {
    course,
    certificates: certificates.map((c) => ({ id: c.id, name: c.activity.name })),
    rows,
  };
}

/** One issued certificate of the course, for the revoke page. */
export async function getCourseCertificateIssue(viewer: Viewer, courseId: number, issueId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const issue = await db.certificateIssue.findFirst({
    where: { id: issueId, certificate: { activity: { courseId } } },
    select: {
      id: true,
      code: true,
      learnerName: true,
      courseName: true,
      completedAt: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
    },
  });
  if (!issue) throw new NotFoundError('We could not find that certificate.');
  return { course, issue };
}

/**
 * Issues a certificate by hand (a completion recorded elsewhere, or one revoked in error). The completion date is
 * the course completion's when none is typed; someone who has not completed the course needs one typed. Refused
 * while the person already holds a current certificate from this activity.
 */
export async function adminIssueCertificate(
  viewer: Viewer,
  courseId: number,
  input: IssueCertificateInput,
  options: { now?: Date; ip?: string | null } = {},
): Promise<{ id: number; code: string }> {
  await requireCourseManager(viewer, courseId);
  const now = options.now ?? new Date();
  const certificate = await db.certificate.findFirst({
    where: { id: input.certificateId, activity: { courseId } },
    select: { id: true, activity: { select: { course: { select: { fullName: true } } } } },
  });
  if (!certificate) throw new ValidationError({ certificateId: 'Choose a certificate of this course' });
  const user = await db.user.findUnique({
    where: { username: input.username },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      status: true,
      courseCompletions: { where: { courseId }, select: { status: true, timeCompleted: true } },
    },
  });
  if (!user || user.status === 'DELETED')
    throw new ValidationError({ username: `We could not find an account with the username ${input.username}` });
  const completion = user.courseCompletions[0];
  const courseDone = completion && (completion.status === 'COMPLETE' || completion.status === 'COMPLETE_RPL');
  const completedAt = input.completedAt ?? (courseDone ? completion.timeCompleted : null);
  if (!completedAt)
    throw new ValidationError({
      completedAt: `${user.firstName} ${user.lastName} has not completed this course: enter the date they completed it`,
    });
  if (completedAt.getTime() > now.getTime())
    throw new ValidationError({ completedAt: 'The completion date cannot be in the future' });
  // A course of a certification the person holds: the certificate is valid until that cycle expires, as the
  // automatic issue does (lib/certifications/commands.ts setCertificateValidity).
  const held = await db.certificationCompletion.aggregate({
    where: {
      userId: user.id,
      status: 'CERTIFIED',
      timeExpires: { gt: now },
      certification: { program: { courseSets: { some: { courses: { some: { courseId } } } } } },
    },
    _max: { timeExpires: true },
  });
  try {
    return await db.$transaction(async (tx) => {
      const issue = await tx.certificateIssue.create({
        data: {
          certificateId: certificate.id,
          userId: user.id,
          code: newVerificationCode(),
          issuedAt: now,
          completedAt,
          learnerName: `${user.firstName} ${user.lastName}`.trim(),
          courseName: certificate.activity.course.fullName,
          validUntil: held._max.timeExpires,
          currentFlag: true,
          issuedById: viewer.id,
          issueReason: input.reason,
        },
        select: { id: true, code: true },
      });
      await writeAudit(
        {
          actorId: viewer.id,
          action: 'certificate.issue',
          entityType: CERTIFICATE_AUDIT_ENTITY,
          entityId: issue.id,
          details: { reason: input.reason, userId: user.id, courseId, completedAt: completedAt.toISOString() },
          ip: options.ip ?? null,
        },
        tx,
      );
      return issue;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ValidationError({
        username: `${user.firstName} ${user.lastName} already has a current certificate from this activity. Revoke it first if it is wrong.`,
      });
    throw error;
  }
}

/**
 * Revokes an issued certificate: it stops verifying, no longer opens, and the learner sees the date and reason.
 * It stops being the current certificate, so a corrected one can be issued.
 */
export async function revokeCertificate(
  viewer: Viewer,
  courseId: number,
  issueId: number,
  input: { reason: string },
  options: { now?: Date; ip?: string | null } = {},
): Promise<void> {
  await requireCourseManager(viewer, courseId);
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const revoked = await tx.certificateIssue.updateMany({
      where: { id: issueId, revokedAt: null, certificate: { activity: { courseId } } },
      data: { revokedAt: now, revokedById: viewer.id, revokedReason: input.reason, currentFlag: null },
    });
    if (revoked.count === 0) {
      const exists = await tx.certificateIssue.findFirst({
        where: { id: issueId, certificate: { activity: { courseId } } },
        select: { revokedAt: true },
      });
      if (!exists) throw new NotFoundError('We could not find that certificate.');
      throw new ConflictError('This certificate has already been revoked.');
    }
    await writeAudit(
      {
        actorId: viewer.id,
        action: 'certificate.revoke',
        entityType: CERTIFICATE_AUDIT_ENTITY,
        entityId: issueId,
        details: { reason: input.reason, courseId },
        ip: options.ip ?? null,
      },
      tx,
    );
  });
}
