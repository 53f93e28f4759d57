import { z } from 'zod';
import { publicRoute } from '@/lib/auth/action';
import { unsafeCalendarFeed } from '@/lib/calendar/feed';

// A learner's private calendar feed (Outlook, Google Calendar): the token in the URL is the credential.
export const GET = publicRoute({ params: z.object({ token: z.string().min(1).max(80) }) }, async ({ params }) => {
  const ics = await unsafeCalendarFeed(params.token);
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="ilearn.ics"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
});
