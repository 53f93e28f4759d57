// CSV export of an eLearning activity's attempts, for the course's managers (built and checked in lib/scorm).
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { scormAttemptsCsv } from '@/lib/scorm/report-csv';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params }) => {
  const csv = await scormAttemptsCsv(viewer, params.id);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="elearning-${params.id}-attempts.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
