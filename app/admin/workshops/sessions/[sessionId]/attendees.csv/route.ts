// The attendee list of a session as CSV, for the L&D admins who manage its course.
import { z } from 'zod';
import { route } from '@/lib/auth/action';
import { exportAttendeesCsv } from '@/lib/workshops/admin-queries';
import { idSchema } from '@/lib/validation';

export const GET = route({ params: z.object({ sessionId: idSchema }) }, async (viewer, { params }) => {
  const { filename, csv } = await exportAttendeesCsv(viewer, params.sessionId);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
