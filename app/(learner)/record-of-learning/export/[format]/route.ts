import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { ownRecordExport } from '@/lib/reports/record-export';

// The signed-in learner's own Record of Learning as CSV, Excel or PDF (nobody else's: there is no person id).
export const GET = route({ params: z.object({ format: z.enum(['csv', 'xlsx', 'pdf']) }) }, async (viewer, { params }) =>
  ownRecordExport(viewer, params.format),
);
