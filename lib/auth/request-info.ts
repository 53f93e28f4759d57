// The client's IP address for throttling and the audit log (see lib/auth/client-address.ts).
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { env } from '@/lib/env';

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return clientAddress((name) => h.get(name), env.trustedProxies);
}
