// Readiness for a load balancer: 200 when this instance can serve (database, migrations, job worker), else 503
// with the failing check named. No session (listed as an exception in tests/unit/auth/endpoints-wrapped.test.ts).
import { checkReadiness } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
