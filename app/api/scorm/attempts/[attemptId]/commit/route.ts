// Every LMSCommit/Commit and LMSFinish/Terminate of the player lands here, from fetch or from sendBeacon when
// the window closes (a beacon sends text/plain; the wrapper refuses cross-site posts). The answer says which
// sequence number is stored, so the player can drop what is saved and keep retrying the rest.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { commitScormAttempt } from '@/lib/scorm/commands';
import { readCommitBody } from '@/lib/scorm/request';
import { idSchema } from '@/lib/validation';

export const POST = route({ params: z.object({ attemptId: idSchema }) }, async (viewer, { params, request }) => {
  const result = await commitScormAttempt(viewer, await readCommitBody(request, params.attemptId));
  return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } });
});
