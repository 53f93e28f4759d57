// Every job the worker runs, and every recurring schedule. To add yours: import it and add one line.
import type { JobDefinition, ScheduleDefinition } from './define';
import { accountReminderJob } from '@/lib/accounts/jobs';
import { certificationFollowUpJobs } from '@/lib/certifications/follow-up-jobs';
import { certificationScanJob, certificationScanSchedule } from '@/lib/certifications/jobs';
import { emailSendJob } from '@/lib/notifications/email-job';
import { programAssignmentSyncJob, programAssignmentSyncSchedule } from '@/lib/programs/jobs';
import { quizCloseOverdueJob, quizCloseOverdueSchedule } from '@/lib/quiz/jobs';
import { workshopJobs } from '@/lib/workshops/jobs';

export const jobs: readonly JobDefinition[] = [
  accountReminderJob,
  emailSendJob,
  quizCloseOverdueJob,
  ...workshopJobs,
  certificationScanJob,
  ...certificationFollowUpJobs,
  programAssignmentSyncJob,
];

// e.g. schedule(certificationWindowScanJob, '15 2 * * *', {}) — one schedule per job (pg-boss keys them by name).
export const schedules: readonly ScheduleDefinition[] = [
  quizCloseOverdueSchedule,
  certificationScanSchedule,
  programAssignmentSyncSchedule,
];
