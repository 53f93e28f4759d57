import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getActivityFile } from '@/lib/completion/activity-page';
import { downloadResponse } from '@/lib/storage/download-response';
import { idSchema } from '@/lib/validation';

// Downloads the file of a FILE activity for a learner who may open it.
export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params }) =>
  downloadResponse(await getActivityFile(viewer, params.id)),
);
