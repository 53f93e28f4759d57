// Outbox emails for tests that need some in the table without running the queue: one kept in the outbox with a
// calendar invite, and one the provider refused. Rows are written directly (no job), so nothing changes them.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const OUTBOX_FIXTURES = {
  invite: { to: 'browser.invite@example.org', subject: 'You are booked on Fire Safety Awareness' },
  failed: { to: 'browser.failed@example.org', subject: 'Reminder: Fire Safety Awareness tomorrow' },
  ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n',
} as const;

const html = (text: string) =>
  `<!DOCTYPE html><html lang="en-GB"><body><h1>iLearn+</h1><p>${text}</p><script>document.title = 'ran'</script></body></html>`;

export async function ensureOutboxEmails(db: PrismaClient): Promise<void> {
  await db.emailMessage.upsert({
    where: { dedupeKey: 'fixture:invite' },
    update: {},
    create: {
      dedupeKey: 'fixture:invite',
      template: 'notice',
      toAddress: OUTBOX_FIXTURES.invite.to,
      subject: OUTBOX_FIXTURES.invite.subject,
      html: html('Your place is confirmed.'),
      text: 'Your place is confirmed.',
      status: 'OUTBOX',
      attempts: 1,
      attachments: [
        {
          filename: 'fire-safety.ics',
          contentType: 'text/calendar; method=REQUEST',
          contentBase64: Buffer.from(OUTBOX_FIXTURES.ics).toString('base64'),
        },
      ],
    },
  });
  await db.emailMessage.upsert({
    where: { dedupeKey: 'fixture:failed' },
    update: {},
    create: {
      dedupeKey: 'fixture:failed',
      template: 'notice',
      toAddress: OUTBOX_FIXTURES.failed.to,
      subject: OUTBOX_FIXTURES.failed.subject,
      html: html('Your session is tomorrow.'),
      text: 'Your session is tomorrow.',
      status: 'FAILED',
      attempts: 9,
      lastError: 'The domain is not verified.',
    },
  });
}
