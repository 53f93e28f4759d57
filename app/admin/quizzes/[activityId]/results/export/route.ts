// CSV export of a quiz's results, for the L&D admins who manage the course.
import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { getQuizResults } from '@/lib/quiz/admin-queries';
import { resultsCsv } from '@/lib/quiz/results-csv';

export async function GET(_request: Request, { params }: { params: Promise<{ activityId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new NextResponse('Please sign in.', { status: 401 });
  const activityId = Number((await params).activityId);
  if (!Number.isInteger(activityId) || activityId <= 0) return new NextResponse('Not found', { status: 404 });
  try {
    const results = await getQuizResults(viewer, activityId);
    const name =
      results.activity.name
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'quiz';
    return new NextResponse(resultsCsv(results.rows, results.maxGrade), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}-results.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError)
      return new NextResponse('Not found', { status: 404 });
    throw error;
  }
}
