// Readiness for a load balancer: 200 when this instance can serve (not stopping, database, migrations, job
// worker), else 503 with the failing check named.
import { probeRoute } from '@/lib/auth/action';
import { checkReadiness } from '@/lib/health';

export const GET = probeRoute(async () => {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503 });
});

export const dynamic = 'force-dynamic';
