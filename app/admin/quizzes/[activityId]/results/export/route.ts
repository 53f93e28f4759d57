// CSV export of a quiz's results, for the L&D admins who manage the course.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getQuizResults } from '@/lib/quiz/admin-queries';
import { resultsCsv } from '@/lib/quiz/results-csv';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ activityId: idSchema }) }, async (viewer, { params }) => {
  const results = await getQuizResults(viewer, params.activityId);
  const name =
    results.activity.name
      .replace(/[^a-zA-Z0-9-]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'quiz';
  return new Response(resultsCsv(results.rows, results.maxGrade), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-results.csv"`,
      'cache-control': 'no-store',
    },
  });
});
