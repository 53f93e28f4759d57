// Autosave endpoint: the attempt page posts its answers here every 60 seconds at most and when the learner leaves.
import { NextResponse, type NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { NotFoundError, UserError } from '@/lib/errors';
import { saveResponses } from '@/lib/quiz/commands';
import { autosaveSchema } from '@/lib/quiz/schemas';

export async function POST(request: NextRequest, { params }: { params: Promise<{ attemptId: string }> }) {
  // JSON only and same origin: a form on another site cannot post here with the learner's cookies.
  const origin = request.headers.get('origin');
  if (
    !request.headers.get('content-type')?.startsWith('application/json') ||
    (origin && origin !== request.nextUrl.origin)
  ) {
    return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  }
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Your session has ended. Please sign in again.' }, { status: 401 });
  const attemptId = Number((await params).attemptId);
  const body = autosaveSchema.safeParse(await request.json().catch(() => null));
  if (!Number.isInteger(attemptId) || !body.success)
    return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  try {
    const result = await saveResponses(viewer, attemptId, body.data);
    return NextResponse.json(
      result.status === 'saved' ? { status: 'saved', savedAt: result.savedAt.toISOString() } : result,
    );
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    if (error instanceof UserError) return NextResponse.json({ error: error.message }, { status: 422 });
    console.error('[quiz autosave]', error);
    return NextResponse.json({ error: 'Your answers could not be saved.' }, { status: 500 });
  }
}
