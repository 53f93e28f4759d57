// The files of an eLearning package, served from our own origin to the player frame, only to people the
// activity is available to (and the course's managers). Keys are built from the package's folder and a
// normalised path, so "../" cannot leave it.
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { NotFoundError, UserError } from '@/lib/errors';
import { getScormContentFile } from '@/lib/scorm/queries';

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\0';
  }
}

export async function GET(_request: Request, { params }: { params: Promise<{ activityId: string; path: string[] }> }) {
  const viewer = await getViewer();
  if (!viewer) return new NextResponse('Please sign in.', { status: 401 });
  const { activityId: raw, path } = await params;
  const activityId = Number(raw);
  if (!Number.isInteger(activityId) || activityId <= 0) return new NextResponse('Not found', { status: 404 });
  try {
    const file = await getScormContentFile(viewer, activityId, path.map(safeDecode));
    return new Response(Readable.toWeb(file.body) as ReadableStream, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=300',
        // Package content is other people's HTML and script: it may run only inside our player frame. It needs
        // 'unsafe-inline'/'unsafe-eval' because authoring tools (Storyline, Rise, Captivate) emit inline
        // scripts and eval; it is limited to our origin, cannot be framed elsewhere and cannot post forms away.
        'Content-Security-Policy':
          "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval'; " +
          "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; " +
          "connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof UserError)
      return new NextResponse('Not found', { status: 404 });
    throw error;
  }
}
