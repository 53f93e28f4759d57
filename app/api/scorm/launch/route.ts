// The player asks for its attempt here (a POST, so opening the player page changes nothing): resume, new
// attempt or review, with the CMI data to start from and the last sequence number stored.
import { NextResponse, type NextRequest } from 'next/server';
import { isSameOriginPost } from '@/lib/scorm/same-origin';
import { getViewer } from '@/lib/auth/viewer';
import { NotFoundError, UserError } from '@/lib/errors';
import { launchScormAttempt } from '@/lib/scorm/commands';
import { launchSchema } from '@/lib/scorm/schemas';

export async function POST(request: NextRequest) {
  if (!request.headers.get('content-type')?.startsWith('application/json') || !isSameOriginPost(request)) {
    return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  }
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Your session has ended. Please sign in again.' }, { status: 401 });
  const body = launchSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  try {
    return NextResponse.json(await launchScormAttempt(viewer, body.data), {
      headers: { 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    if (error instanceof UserError) return NextResponse.json({ error: error.message }, { status: 422 });
    throw error;
  }
}
