// "Send reminder": a manager emails a direct report about their overdue and due-soon required learning. Checked
// (direct reports only), rate-limited per manager, logged (TeamReminder + audit log), and at most one per person
// per UK day: the TeamReminder row is unique per (person, day) and the email's dedupe key is the same pair, so
// double clicks and two managers' tabs send one email. The email itself goes out from the email.send job.
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { teamReminderEmail, type TeamReminderItem } from '@/emails/team-reminder';
import { writeAudit } from '@/lib/accounts/audit';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { UserError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { dedupeKey } from '@/lib/jobs/rules';
import { prepareEmail, sendEmailWithin, wakeEmailWorkers } from '@/lib/notifications/send-email';
import { listCertificationRecords, listProgramRecords } from '@/lib/records/queries';
import { certificationItem, programItem } from './compliance';
import { londonDay, personCompliance, type ComplianceItem } from './rules';
import { requireDirectReport } from './scope';

/** A manager may send this many reminders an hour (a whole team at once, not a flood). */
export const REMINDERS_PER_HOUR = 30;

let limiter: RateLimiterPrisma | undefined;
function reminderLimiter(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: 'rateLimiterFlexible',
    keyPrefix: 'team-reminder',
    points: REMINDERS_PER_HOUR,
    duration: 3600,
    clearExpiredByTimeout: false,
  });
  return limiter;
}

export type ReminderResult = { sent: boolean; name: string; at: Date };

function whenText(item: ComplianceItem): string {
  const date = formatDate(item.dueAt);
  if (item.overdue) return date ? `overdue (was due ${date})` : 'overdue';
  return item.kind === 'certification' ? `due for renewal by ${date}` : `due ${date}`;
}

export async function sendTeamReminder(
  viewer: Viewer,
  userId: number,
  now: Date = new Date(),
): Promise<ReminderResult> {
  const report = await requireDirectReport(viewer, userId, now);
  const day = londonDay(now);
  const [person, certifications, programs, already] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: report.id }, select: { firstName: true, email: true } }),
    listCertificationRecords(report.owner, now),
    listProgramRecords(report.owner, now),
    db.teamReminder.findUnique({ where: { userId_day: { userId: report.id, day } }, select: { createdAt: true } }),
  ]);
  if (already) return { sent: false, name: report.name, at: already.createdAt };
  const compliance = personCompliance(
    [
      ...certifications.map((r) =>
        certificationItem({ ...r, userId: report.id, name: report.name, certification: r.fullName }),
      ),
      ...programs.map((r) => programItem({ ...r, userId: report.id, name: report.name, program: r.fullName })),
    ],
    now,
  );
  const items = [...compliance.overdue, ...compliance.dueSoon];
  if (items.length === 0)
    throw new UserError(
      `${report.name} has nothing overdue or due in the next 30 days, so there is nothing to remind them about.`,
    );
  if (!person.email)
    throw new UserError(`${report.name} has no email address in iLearn+, so we cannot send them a reminder.`);
  try {
    await reminderLimiter().consume(String(viewer.id));
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw new UserError(
        `You have sent ${REMINDERS_PER_HOUR} reminders in the last hour. Try again after ${formatDateTime(new Date(now.getTime() + error.msBeforeNext))}.`,
      );
    throw error;
  }
  const appUrl = getEnv().appUrl.replace(/\/$/, '');
  const emailItems: TeamReminderItem[] = items.map((i) => ({ name: i.name, kind: i.kind, when: whenText(i) }));
  await prepareEmail();
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.teamReminder.createManyAndReturn({
      data: [
        {
          userId: report.id,
          managerId: viewer.id,
          day,
          items: items.map((i) => ({ ...i, dueAt: i.dueAt?.toISOString() ?? null })),
        },
      ],
      skipDuplicates: true,
      select: { id: true, createdAt: true },
    });
    const row = claimed[0];
    if (!row) return null;
    const email = await sendEmailWithin(tx, {
      to: person.email!,
      template: teamReminderEmail,
      props: {
        recipientName: person.firstName,
        managerName: `${viewer.firstName} ${viewer.lastName}`,
        items: emailItems,
        url: `${appUrl}/required-learning`,
        appUrl,
      },
      dedupeKey: dedupeKey('team-reminder', report.id, day),
      userId: report.id,
    });
    await tx.teamReminder.update({ where: { id: row.id }, data: { emailMessageId: email.id } });
    await writeAudit(
      {
        actorId: viewer.id,
        action: 'team.reminder_sent',
        entityType: 'User',
        entityId: report.id,
        details: { day, items: items.length },
      },
      tx,
    );
    return row;
  });
  if (!result) {
    const existing = await db.teamReminder.findUniqueOrThrow({
      where: { userId_day: { userId: report.id, day } },
      select: { createdAt: true },
    });
    return { sent: false, name: report.name, at: existing.createdAt };
  }
  wakeEmailWorkers();
  return { sent: true, name: report.name, at: result.createdAt };
}
