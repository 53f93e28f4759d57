// What follows each record the scheduled pass moved (scan.ts), in jobs of up to FOLLOW_UP_CHUNK people: when the window
// opens, reset the certification's courses through lib/course-reset and tell the learner; a week before expiry,
// remind a learner who has not renewed; on expiry, tell the learner and their manager. Each job re-reads the record and does nothing if it has moved on (renewed, or a
// later cycle); the reset claims a marker in its own transaction and every email has a dedupe key, so a retry or
// a second worker never resets twice or notifies twice.
import { z } from 'zod';
import { certificationEmail, type CertificationEmailKind } from '@/emails/certification-email';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { defineJob } from '@/lib/jobs/define';
import { dedupeKey } from '@/lib/jobs/rules';
import { sendEmail } from '@/lib/notifications/send-email';

const payloadSchema = z.object({
  completionId: z.number().int().positive(),
  userId: z.number().int().positive(),
  certificationId: z.number().int().positive(),
});

async function loadRecord(completionId: number) {
  return db.certificationCompletion.findUnique({
    where: { id: completionId },
    select: {
      id: true,
      userId: true,
      status: true,
      renewalStatus: true,
      timeWindowOpens: true,
      timeExpires: true,
      dueAt: true,
      user: {
        select: {
          firstName: true,
          lastName: true,
          email: true,
          jobAssignments: {
            where: { managerId: { not: null } },
            select: { manager: { select: { id: true, firstName: true, email: true, status: true } } },
          },
        },
      },
      certification: {
        select: {
          program: {
            select: { id: true, fullName: true, courseSets: { select: { courses: { select: { courseId: true } } } } },
          },
        },
      },
    },
  });
}

type LoadedRecord = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

async function notify(
  record: LoadedRecord,
  kind: CertificationEmailKind,
  to: { id: number; firstName: string; email: string | null },
  date: Date,
  key: string,
): Promise<void> {
  if (!to.email) return;
  const appUrl = getEnv().appUrl.replace(/\/$/, '');
  const program = record.certification.program;
  await sendEmail({
    to: to.email,
    template: certificationEmail,
    props: {
      kind,
      recipientName: to.firstName,
      learnerName: `${record.user.firstName} ${record.user.lastName}`,
      certificationName: program.fullName,
      date: formatDate(date),
      url: kind === 'expired-manager' ? `${appUrl}/team` : `${appUrl}/programs/${program.id}`,
      appUrl,
    },
    dedupeKey: key,
    userId: record.userId,
  });
}

/** Resets every course of the certification (both paths) for the learner, once per cycle. */
async function resetCourses(record: LoadedRecord, windowOpensAt: Date): Promise<boolean> {
  const courseIds = [
    ...new Set(record.certification.program.courseSets.flatMap((set) => set.courses.map((c) => c.courseId))),
  ];
  return db.$transaction(
    async (tx) => {
      const marker = await tx.jobDedupe.createMany({
        data: [
          {
            key: dedupeKey('cert-reset-done', record.id, windowOpensAt.getTime()),
            jobName: 'certifications.window-opened',
          },
        ],
        skipDuplicates: true,
      });
      if (marker.count === 0) return false;
      for (const courseId of courseIds)
        await resetCourseForUser(tx, { userId: record.userId, courseId, reason: 'RECERTIFICATION' });
      return true;
    },
    { timeout: 60_000 },
  );
}

/** Follow-ups come in chunks (one job per up to this many people), so a pass over 100,000 queues 200 jobs. */
export const FOLLOW_UP_CHUNK = 500;

/** Runs `fn` for every item; one person's failure does not stop the others, and the job retries afterwards. */
async function forEachItem<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  let failed = 0;
  let first: unknown = null;
  for (const item of items) {
    try {
      await fn(item);
    } catch (error) {
      failed++;
      first ??= error;
    }
  }
  if (failed > 0) throw new Error(`${failed} of ${items.length} follow-ups failed`, { cause: first });
}

const chunkOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item).min(1).max(FOLLOW_UP_CHUNK) });

async function windowOpened({ completionId, windowOpensAt }: { completionId: number; windowOpensAt: Date }) {
  const record = await loadRecord(completionId);
  // Still this cycle's open window? (A renewal or an admin edit since the pass means there is nothing to do.)
  if (!record || record.renewalStatus !== 'DUE' || record.timeWindowOpens?.getTime() !== windowOpensAt.getTime())
    return;
  await resetCourses(record, windowOpensAt);
  if (record.timeExpires)
    await notify(
      record,
      'window-open',
      { id: record.userId, firstName: record.user.firstName, email: record.user.email },
      record.timeExpires,
      dedupeKey('cert-window-email', record.id, windowOpensAt.getTime()),
    );
}

export const certificationWindowOpenedJob = defineJob({
  name: 'certifications.window-opened',
  schema: chunkOf(payloadSchema.extend({ windowOpensAt: z.coerce.date() })),
  handler: ({ items }) => forEachItem(items, windowOpened),
});

async function windowClosing({ completionId, expiresAt }: { completionId: number; expiresAt: Date }) {
  const record = await loadRecord(completionId);
  if (!record || record.renewalStatus !== 'DUE' || record.timeExpires?.getTime() !== expiresAt.getTime()) return;
  if (record.status !== 'CERTIFIED' && record.status !== 'IN_PROGRESS') return;
  await notify(
    record,
    'window-closing',
    { id: record.userId, firstName: record.user.firstName, email: record.user.email },
    expiresAt,
    dedupeKey('cert-closing-email', record.id, expiresAt.getTime()),
  );
}

export const certificationWindowClosingJob = defineJob({
  name: 'certifications.window-closing',
  schema: chunkOf(payloadSchema.extend({ expiresAt: z.coerce.date() })),
  handler: ({ items }) => forEachItem(items, windowClosing),
});

async function expired({ completionId, expiredAt }: { completionId: number; expiredAt: Date }) {
  const record = await loadRecord(completionId);
  if (!record || record.status !== 'EXPIRED' || record.dueAt?.getTime() !== expiredAt.getTime()) return;
  const cycle = expiredAt.getTime();
  await notify(
    record,
    'expired',
    { id: record.userId, firstName: record.user.firstName, email: record.user.email },
    expiredAt,
    dedupeKey('cert-expired-email', record.id, cycle),
  );
  const managers = new Map(
    record.user.jobAssignments.flatMap((j) =>
      j.manager && j.manager.status === 'ACTIVE' ? [[j.manager.id, j.manager]] : [],
    ),
  );
  for (const manager of managers.values())
    await notify(
      record,
      'expired-manager',
      manager,
      expiredAt,
      dedupeKey('cert-expired-manager', record.id, manager.id, cycle),
    );
}

export const certificationExpiredJob = defineJob({
  name: 'certifications.expired',
  schema: chunkOf(payloadSchema.extend({ expiredAt: z.coerce.date() })),
  handler: ({ items }) => forEachItem(items, expired),
});

export const certificationFollowUpJobs = [
  certificationWindowOpenedJob,
  certificationWindowClosingJob,
  certificationExpiredJob,
];
