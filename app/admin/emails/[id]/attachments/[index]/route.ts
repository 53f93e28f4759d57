// Download one attachment of an outbox email. Site admins only; served as a download, never rendered inline.
import { getViewer } from '@/lib/auth/viewer';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { getOutboxAttachment } from '@/lib/notifications/queries';
import { emailIdSchema } from '@/lib/notifications/schemas';
import { z } from 'zod';

const indexSchema = z.coerce.number().int().min(0).max(100);

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download this file.', { status: 401 });
  const raw = await params;
  const id = emailIdSchema.safeParse(raw.id);
  const index = indexSchema.safeParse(raw.index);
  if (!id.success || !index.success) return new Response('Not found', { status: 404 });
  try {
    const attachment = await getOutboxAttachment(viewer, id.data, index.data);
    return new Response(new Uint8Array(attachment.content), {
      headers: {
        'Content-Type': attachment.contentType,
        'Content-Disposition': contentDisposition(attachment.filename),
        'Content-Length': String(attachment.content.length),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    // Non-admins get the same answer as a missing file: the outbox's existence is not revealed.
    if (error instanceof ForbiddenError || error instanceof NotFoundError) {
      return new Response('Not found', { status: 404 });
    }
    throw error;
  }
}
