// Upload of an eLearning activity's SCORM package: the zip is the request body and is validated as a stream
// (never held in memory), then unpacked into the object store. Course managers only (checked in lib/scorm).
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { BadRequestError, route } from '@/lib/auth/action';
import { uploadScormPackage } from '@/lib/scorm/commands';
import { DEFAULT_LIMITS } from '@/lib/scorm/package';
import { decodeFilename } from '@/lib/scorm/request';
import { idSchema } from '@/lib/validation';

export const POST = route({ params: z.object({ activityId: idSchema }) }, async (viewer, { params, request }) => {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > DEFAULT_LIMITS.maxUploadBytes) {
    throw new BadRequestError({ file: `The package is larger than the upload limit.` });
  }
  if (!request.body) throw new BadRequestError({ file: 'Choose the SCORM package’s .zip file.' });
  const filename = decodeFilename(request.headers.get('x-filename'));
  const result = await uploadScormPackage(viewer, {
    activityId: params.activityId,
    body: Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>),
    filename,
  });
  const version = result.version === 'SCORM_12' ? 'SCORM 1.2' : 'SCORM 2004';
  return Response.json({
    ...result,
    message: `${result.replaced ? 'Package replaced' : 'Package uploaded'}: “${result.title}” (${version}).${result.replaced ? ' Learners keep their progress.' : ''}`,
  });
});
