// The files of an eLearning package, served from our own origin to the player frame, only to people the
// activity is available to (and the course's managers). Keys are built from the package's folder and a
// normalised path, so "../" cannot leave it.
//
// Content-Security-Policy (for the security engineer): package content is other people's HTML and script made
// by authoring tools (Storyline, Rise, Captivate), which emit inline scripts and often eval, so this route sends
// its own policy: everything from our origin only, 'unsafe-inline' and 'unsafe-eval' for scripts, no framing
// by other sites, no form posts away. Our player page itself needs no eval: scorm-again is bundled into our
// own same-origin chunks (no CDN) and uses neither eval nor new Function.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getScormContentFile } from '@/lib/scorm/queries';
import { decodeSegment } from '@/lib/scorm/request';
import { idSchema } from '@/lib/validation';

const CONTENT_POLICY =
  "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

export const GET = route(
  { params: z.object({ activityId: idSchema, path: z.array(z.string().max(255)).min(1).max(32) }) },
  async (viewer, { params }) => {
    const file = await getScormContentFile(viewer, params.activityId, params.path.map(decodeSegment));
    return new Response(Readable.toWeb(file.body) as ReadableStream, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=300',
        'Content-Security-Policy': CONTENT_POLICY,
      },
    });
  },
);
