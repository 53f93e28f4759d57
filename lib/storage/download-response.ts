// The HTTP answer for a private file download: sign-in required, 404 for anything the viewer may not open.
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/errors';

export type DownloadableFile = { bytes: Uint8Array | Buffer; mimeType: string; filename: string };

export async function privateDownload(load: (viewer: Viewer) => Promise<DownloadableFile>): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download this file.', { status: 401 });
  try {
    const file = await load(viewer);
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
