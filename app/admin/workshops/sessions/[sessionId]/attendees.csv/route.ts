import { getViewer } from '@/lib/auth/viewer';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { exportAttendeesCsv } from '@/lib/workshops/admin-queries';

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in first.', { status: 401 });
  try {
    const { filename, csv } = await exportAttendeesCsv(viewer, Number(sessionId));
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError)
      return new Response('Not found', { status: 404 });
    throw error;
  }
}
