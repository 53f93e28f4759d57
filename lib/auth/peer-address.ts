// Stamps each incoming HTTP request with the socket's remote address (PEER_HEADER), removing any copy a client
// sent. Route handlers and server actions only see headers, so this is how they learn the real peer. Node publishes
// `http.server.request.start` before the server's 'request' listener (Next.js) runs.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from '@/lib/auth/client-address';

type RequestStart = { request: IncomingMessage; socket: Socket };

let installed = false;

function stamp(message: unknown): void {
  const { request, socket } = message as RequestStart;
  delete request.headers[PEER_HEADER];
  const address = socket.remoteAddress;
  if (address) request.headers[PEER_HEADER] = address;
}

/** Called once per server process (instrumentation.ts). */
export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  subscribe('http.server.request.start', stamp);
}
