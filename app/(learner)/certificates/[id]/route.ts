import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getCertificatePdf } from '@/lib/certificates/queries';
import { downloadResponse } from '@/lib/storage/download-response';
import { idSchema } from '@/lib/validation';

// An issued certificate as a PDF, shown in the browser (the learner, their manager, the course's L&D, site admins).
export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params }) =>
  downloadResponse(await getCertificatePdf(viewer, params.id), 'inline'),
);
