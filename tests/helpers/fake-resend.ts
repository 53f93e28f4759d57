// A stand-in for the Resend API on a random local port: records each request and answers as told.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown };
export type FakeReply = { status: number; body: unknown };

export type FakeResend = {
  url: string;
  requests: RecordedRequest[];
  /** What the next requests get; by default 200 with a new message id. */
  reply: (next: (request: RecordedRequest) => FakeReply) => void;
  close: () => Promise<void>;
};

export async function startFakeResend(): Promise<FakeResend> {
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const ok = (): FakeReply => ({ status: 200, body: { id: `fake-${++counter}` } });
  let respond: (request: RecordedRequest) => FakeReply = ok;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(recorded);
      const reply = respond(recorded);
      res.writeHead(reply.status, { 'content-type': 'application/json', connection: 'close' });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (next) => {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const replyOk = (id: string): FakeReply => ({ status: 200, body: { id } });
