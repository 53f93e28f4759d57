// Per-request plumbing at the HTTP server, before Next.js sees the request (Node publishes
// `http.server.request.start` before the server's 'request' listener runs):
// - stamps the socket's remote address (PEER_HEADER), removing any copy a client sent. Route handlers and server
//   actions only see headers, so this is how they learn the real peer;
// - answers an error page with 503 (and Retry-After) instead of 500 while the database is unreachable (error
//   boundaries cannot set a status; lib/errors.ts remembers the connection failure).
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from '@/lib/auth/client-address';
import { databaseRecentlyUnavailable } from '@/lib/errors';

type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket };

let installed = false;

function unavailableInsteadOf500(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && databaseRecentlyUnavailable()) {
      this.statusCode = 503;
      if (!this.headersSent) this.setHeader('Retry-After', '30');
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, ...rest);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse['writeHead'];
}

function onRequestStart(message: unknown): void {
  const { request, response, socket } = message as RequestStart;
  delete request.headers[PEER_HEADER];
  const address = socket.remoteAddress;
  if (address) request.headers[PEER_HEADER] = address;
  unavailableInsteadOf500(response);
}

/** Called once per server process (instrumentation.ts). */
export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  subscribe('http.server.request.start', onRequestStart);
}
