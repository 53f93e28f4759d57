import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getOwnEvidenceFile } from '@/lib/evidence/queries';
import { downloadResponse } from '@/lib/storage/download-response';
import { idSchema } from '@/lib/validation';

// Downloads the file attached to the viewer's own evidence.
export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params }) =>
  downloadResponse(await getOwnEvidenceFile(viewer, params.id)),
);
