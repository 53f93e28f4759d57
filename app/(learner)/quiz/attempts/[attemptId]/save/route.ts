// Autosave endpoint: the attempt page posts its answers here every 60 seconds at most and when the learner leaves.
// JSON only and same origin (the wrapper refuses cross-site posts): a form elsewhere cannot post the learner's answers.
import { z } from 'zod';
import { jsonBody, route } from '@/lib/auth/action';
import { saveResponses } from '@/lib/quiz/commands';
import { autosaveSchema } from '@/lib/quiz/schemas';
import { idSchema } from '@/lib/validation';

export const POST = route({ params: z.object({ attemptId: idSchema }) }, async (viewer, { params, request }) => {
  const result = await saveResponses(viewer, params.attemptId, await jsonBody(request, autosaveSchema));
  return Response.json(result.status === 'saved' ? { status: 'saved', savedAt: result.savedAt.toISOString() } : result);
});
