// The client's IP address for throttling and the audit log (first X-Forwarded-For hop from the proxy in front).
import { headers } from 'next/headers';

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || null;
}
