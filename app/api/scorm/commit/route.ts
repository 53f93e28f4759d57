// Every LMSCommit/Commit and LMSFinish/Terminate of the player lands here, from fetch or from sendBeacon when
// the window closes (a beacon sends text/plain, so the body is read as text and parsed as JSON). The answer
// says which sequence number is stored, so the player can drop what is saved and keep retrying the rest.
import { NextResponse, type NextRequest } from 'next/server';
import { isSameOriginPost } from '@/lib/scorm/same-origin';
import { getViewer } from '@/lib/auth/viewer';
import { ConflictError, NotFoundError, UserError } from '@/lib/errors';
import { commitScormAttempt } from '@/lib/scorm/commands';
import { commitSchema } from '@/lib/scorm/schemas';

const MAX_BODY = 1_500_000;

export async function POST(request: NextRequest) {
  const type = request.headers.get('content-type') ?? '';
  if (!(type.startsWith('application/json') || type.startsWith('text/plain')) || !isSameOriginPost(request)) {
    return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  }
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Your session has ended. Please sign in again.' }, { status: 401 });
  const text = await request.text();
  if (text.length > MAX_BODY) return NextResponse.json({ error: 'Too large' }, { status: 413 });
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* refused below */
  }
  const body = commitSchema.safeParse(json);
  if (!body.success) return NextResponse.json({ error: 'Bad request' }, { status: 400 });
  try {
    return NextResponse.json(await commitScormAttempt(viewer, body.data), {
      headers: { 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    if (error instanceof ConflictError) return NextResponse.json({ error: error.message }, { status: 409 });
    if (error instanceof UserError) return NextResponse.json({ error: error.message }, { status: 422 });
    throw error;
  }
}
