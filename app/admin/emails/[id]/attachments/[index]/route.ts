// Download one attachment of an outbox email. Site admins only (anyone else gets "not found": the outbox's
// existence is not revealed); served as a download, never rendered inline.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getOutboxAttachment } from '@/lib/notifications/queries';
import { downloadResponse } from '@/lib/storage/download-response';
import { idSchema } from '@/lib/validation';

const paramsSchema = z.object({
  id: idSchema,
  index: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().max(100)),
});

export const GET = route({ params: paramsSchema }, async (viewer, { params }) => {
  const attachment = await getOutboxAttachment(viewer, params.id, params.index);
  return downloadResponse({
    bytes: attachment.content,
    mimeType: attachment.contentType,
    filename: attachment.filename,
  });
});
