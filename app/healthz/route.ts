// Liveness for a load balancer or process manager: the process answers. Nothing read; logged only on failure.
import { probeRoute } from '@/lib/auth/action';

export const GET = probeRoute(async () => Response.json({ status: 'ok' }));

export const dynamic = 'force-dynamic';
