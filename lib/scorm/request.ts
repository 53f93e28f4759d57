// Reading the SCORM endpoints' raw input: URL path segments of package files, the commit body (JSON from fetch,
// text/plain from sendBeacon) and the uploaded file's name. Malformed input becomes a 400 or a harmless value.
import { BadRequestError } from '@/lib/auth/action';
import { findNul, NUL_MESSAGE } from '@/lib/validation';
import { commitSchema } from './schemas';
import type { z } from 'zod';

const MAX_BODY_CHARS = 1_500_000;

/** Decodes one URL path segment; a malformed escape becomes a NUL, which the file lookup refuses. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\0';
  }
}

/** The uploaded file's name from its header, or null. */
export function decodeFilename(header: string | null): string | null {
  const name = decodeSegment(header ?? '');
  return name && !name.includes('\0') ? name.slice(0, 255) : null;
}

/** A commit body: JSON or text/plain (a beacon), for this attempt only. */
export async function readCommitBody(request: Request, attemptId: number): Promise<z.output<typeof commitSchema>> {
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
  if (!body.success || body.data.attemptId !== attemptId) throw new BadRequestError();
  return body.data;
}
