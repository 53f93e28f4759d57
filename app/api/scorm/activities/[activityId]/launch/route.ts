// The player asks for its attempt here (a POST, so opening the player page changes nothing): resume, new
// attempt or review, with the CMI data to start from and the last sequence number stored.
import { z } from 'zod';
import { jsonBody, route } from '@/lib/auth/action';
import { launchScormAttempt } from '@/lib/scorm/commands';
import { launchSchema } from '@/lib/scorm/schemas';
import { idSchema } from '@/lib/validation';

export const POST = route({ params: z.object({ activityId: idSchema }) }, async (viewer, { params, request }) => {
  const { newAttempt } = await jsonBody(request, launchSchema);
  const launch = await launchScormAttempt(viewer, { activityId: params.activityId, newAttempt });
  return Response.json(launch, { headers: { 'Cache-Control': 'private, no-store' } });
});
