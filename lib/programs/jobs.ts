// Assignment sync every hour at :05: audience and organisation membership changes reach programs and
// certifications (and their course enrolments) without anyone pressing a button.
import { z } from 'zod';
import { defineJob, schedule } from '@/lib/jobs/define';
import { log } from '@/lib/log';
import { unsafeSyncProgramAssignments } from './assignments';

export const programAssignmentSyncJob = defineJob({
  name: 'programs.sync-assignments',
  schema: z.object({ programId: z.number().int().positive().optional() }),
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 10 * 60,
  handler: async ({ programId }) => {
    const result = await unsafeSyncProgramAssignments({ programId });
    if (result.assigned + result.enrolled > 0) log.info('program assignments synced', { ...result });
  },
});

export const programAssignmentSyncSchedule = schedule(programAssignmentSyncJob, '5 * * * *', {});
