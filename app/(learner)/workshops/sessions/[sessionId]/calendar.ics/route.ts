// The calendar invitation for a session the viewer is booked on.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { getOwnCalendarFile } from '@/lib/workshops/invites';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ sessionId: idSchema }) }, async (viewer, { params }) => {
  const ics = await getOwnCalendarFile(viewer, params.sessionId);
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8; method=REQUEST',
      'Content-Disposition': `attachment; filename="session-${params.sessionId}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
