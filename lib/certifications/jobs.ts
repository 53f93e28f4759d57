// The scheduled certification pass: every 15 minutes (the pages apply the same rules at read time, so nobody waits
// for it to see their state; the pass does the writes, resets and emails).
import { z } from 'zod';
import { defineJob, schedule } from '@/lib/jobs/define';
import { runCertificationScan } from './scan';
import { log } from '@/lib/log';

export const certificationScanJob = defineJob({
  name: 'certifications.scan',
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 10 * 60,
  handler: async () => {
    const result = await runCertificationScan();
    if (result.windowsOpened + result.expired > 0)
      log.info('certification windows updated', { windowsOpened: result.windowsOpened, expired: result.expired });
  },
});

export const certificationScanSchedule = schedule(certificationScanJob, '*/15 * * * *', {});
