// The server side of quiz time limits: every minute, close the attempts whose time has run out, so an attempt is
// submitted (or abandoned, as the quiz says) even if the learner never comes back. Reads and writes check too.
import { z } from 'zod';
import { defineJob, schedule } from '@/lib/jobs/define';
import { unsafeCloseAllOverdueAttempts } from '@/lib/quiz/commands';
import { log } from '@/lib/log';

export const quizCloseOverdueJob = defineJob({
  name: 'quiz.close-overdue',
  schema: z.object({}),
  // The next run a minute later does the same work, so a couple of quick retries are plenty.
  retryLimit: 2,
  retryDelaySeconds: 20,
  expireInSeconds: 5 * 60,
  handler: async () => {
    const closed = await unsafeCloseAllOverdueAttempts();
    if (closed > 0) log.info('quiz attempts closed past their time limit', { closed });
  },
});

export const quizCloseOverdueSchedule = schedule(quizCloseOverdueJob, '* * * * *', {});
