import { getViewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/errors';
import { getOwnCalendarFile } from '@/lib/workshops/invites';

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download your calendar file.', { status: 401 });
  try {
    const ics = await getOwnCalendarFile(viewer, Number(sessionId));
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8; method=REQUEST',
        'Content-Disposition': `attachment; filename="session-${Number(sessionId)}.ics"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    throw error;
  }
}
