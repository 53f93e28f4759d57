import { getViewer } from '@/lib/auth/viewer';
import { getActivityFile } from '@/lib/completion/activity-page';
import { NotFoundError } from '@/lib/errors';

// Downloads the file of a FILE activity for a learner who may open it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download this file.', { status: 401 });
  try {
    const file = await getActivityFile(viewer, Number((await params).id));
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.mimeType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Not found', { status: 404 });
    throw error;
  }
}
