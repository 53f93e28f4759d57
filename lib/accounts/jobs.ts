// Forgotten password and username reminders run as a job: the public form only queues it and answers at once, so
// its response time is the same whether or not the account exists (issue 15 item 8).
import { z } from 'zod';
import { defineJob } from '@/lib/jobs/define';
import { remindUsernames, requestPasswordReset } from '@/lib/accounts/passwords';

const identifier = z.string().max(320);

export const accountReminderJob = defineJob({
  name: 'accounts.reminder',
  schema: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('password'), identifier }),
    z.object({ kind: z.literal('username'), email: identifier }),
  ]),
  retryLimit: 3,
  async handler(payload, { jobId }) {
    // The job id keys the emails, so a retry does not send a second link to anyone already emailed.
    if (payload.kind === 'password') await requestPasswordReset(payload.identifier, jobId);
    else await remindUsernames(payload.email, jobId);
  },
});
