// Which address a request came from, for throttles and the audit log. A client can write any X-Forwarded-For it
// likes, so only the TCP peer (stamped by lib/auth/peer-address.ts) and the hops appended by our own proxies count.

/** Set on every request by the server from the socket; any copy sent by a client is removed first. */
export const PEER_HEADER = 'x-ilearn-peer';

type HeaderValue = string | string[] | null | undefined;

const first = (value: HeaderValue) => (Array.isArray(value) ? value[0] : value) ?? null;

function normalise(address: string): string {
  const trimmed = address.trim();
  // IPv4 clients of a dual-stack socket appear as ::ffff:10.0.0.1.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * The client address: the socket peer when no proxy is trusted, otherwise the hop that the outermost of
 * `trustedProxies` proxies saw (counted from the right of X-Forwarded-For + peer). Null without a stamped peer.
 */
export function clientAddress(header: (name: string) => HeaderValue, trustedProxies: number): string | null {
  const peer = first(header(PEER_HEADER));
  if (!peer) return null;
  const forwarded = (first(header('x-forwarded-for')) ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // Fewer hops than trusted proxies: the furthest one we have (the request skipped a proxy).
  const hop = chain[Math.max(chain.length - 1 - trustedProxies, 0)]!;
  return normalise(hop).slice(0, 64) || null;
}
