// CSV export of a feedback form's responses, for the course's managers (built and checked in lib/feedback).
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { feedbackResponsesCsv } from '@/lib/feedback/results-csv';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ activityId: idSchema }) }, async (viewer, { params }) => {
  const csv = await feedbackResponsesCsv(viewer, params.activityId);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${params.activityId}-responses.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
