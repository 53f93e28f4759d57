// Every LMSCommit/Commit and LMSFinish/Terminate of the player lands here, from fetch or from sendBeacon when
// the window closes (a beacon sends text/plain, so the body is read as text and parsed as JSON; the wrapper
// refuses cross-site posts). The answer says which sequence number is stored, so the player can drop what is
// saved and keep retrying the rest.
import { z } from 'zod';
import { BadRequestError, route } from '@/lib/auth/action';
import { commitScormAttempt } from '@/lib/scorm/commands';
import { commitSchema } from '@/lib/scorm/schemas';
import { findNul, idSchema, NUL_MESSAGE } from '@/lib/validation';

const MAX_BODY_CHARS = 1_500_000;

export const POST = route({ params: z.object({ attemptId: idSchema }) }, async (viewer, { params, request }) => {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json') && !type.startsWith('text/plain')) throw new BadRequestError();
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) throw new BadRequestError({ cmi: 'The eLearning sent too much data.' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadRequestError();
  }
  const nul = findNul(json);
  if (nul) throw new BadRequestError({ [nul]: NUL_MESSAGE });
  const body = commitSchema.safeParse(json);
  if (!body.success || body.data.attemptId !== params.attemptId) throw new BadRequestError();
  const result = await commitScormAttempt(viewer, body.data);
  return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } });
});
