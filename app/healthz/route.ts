// Liveness for a load balancer or process manager: the process answers. No session, nothing read, nothing
// logged (probes come every few seconds). Listed as an exception in tests/unit/auth/endpoints-wrapped.test.ts.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
