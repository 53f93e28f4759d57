// Assignment sync every hour at :05: rule-based audiences are recalculated first (profile changes no edit
// announced, such as an HR import), then organisation and audience membership reach programs and certifications
// (and their course enrolments) without anyone pressing a button. Edits made in iLearn+ apply at once already.
import { z } from 'zod';
import { defineJob, schedule } from '@/lib/jobs/define';
import { unsafeRecalculateDynamicAudiences } from '@/lib/audiences/refresh';
import { log } from '@/lib/log';
import { unsafeSyncProgramAssignments } from './assignments';

export const programAssignmentSyncJob = defineJob({
  name: 'programs.sync-assignments',
  schema: z.object({ programId: z.number().int().positive().optional() }),
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 10 * 60,
  handler: async ({ programId }) => {
    if (!programId) await unsafeRecalculateDynamicAudiences();
    const result = await unsafeSyncProgramAssignments({ programId });
    if (result.assigned + result.enrolled > 0) log.info('program assignments synced', { ...result });
  },
});

export const programAssignmentSyncSchedule = schedule(programAssignmentSyncJob, '5 * * * *', {});
