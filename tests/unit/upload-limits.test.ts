/** @jest-environment node */
// Issue 15 item 3: a file the form allows (up to exactly 10,485,760 bytes) must reach the server action whole.
// proxy.ts runs on the action's POST and Next.js buffers the body for it up to proxyClientMaxBodySize; beyond
// that the body was cut short and the action failed with a 500. Every limit now comes from lib/upload-limits.ts.
import nextConfig from '@/next.config';
import { EVIDENCE_MAX_BYTES } from '@/lib/evidence/rules';
import { REQUEST_BODY_MAX_BYTES, UPLOAD_MAX_BYTES } from '@/lib/upload-limits';

// Next.js's own default when proxyClientMaxBodySize is not set.
const NEXT_DEFAULT_PROXY_LIMIT = 10 * 1024 * 1024;

async function evidenceBodyBytes(fileBytes: number): Promise<number> {
  const form = new FormData();
  form.set('$ACTION_ID_0123456789abcdef0123456789abcdef01234567', '');
  form.set('title', 'First aid at work — a long title of learning that someone might type'.repeat(2));
  form.set('provider', 'St John Ambulance');
  form.set('completedOn', '2026-11-30');
  form.set('hours', '6.5');
  form.set('description', 'What I learnt. '.repeat(200));
  form.set('file', new File([new Uint8Array(fileBytes)], 'certificate-of-attendance.pdf', { type: 'application/pdf' }));
  return (
    await new Request('http://app.test/record-of-learning/evidence/new', { method: 'POST', body: form }).arrayBuffer()
  ).byteLength;
}

describe('upload limits agree', () => {
  const experimental = nextConfig.experimental as {
    proxyClientMaxBodySize?: number;
    serverActions?: { bodySizeLimit?: number };
  };
  const proxyLimit = experimental.proxyClientMaxBodySize ?? NEXT_DEFAULT_PROXY_LIMIT;
  const actionLimit = experimental.serverActions?.bodySizeLimit;

  it('the proxy reads as much of a body as server actions accept', () => {
    expect(proxyLimit).toBe(actionLimit);
    expect(proxyLimit).toBe(REQUEST_BODY_MAX_BYTES);
  });

  it('a form with the largest file the form allows fits within both, with room to spare', async () => {
    expect(EVIDENCE_MAX_BYTES).toBe(UPLOAD_MAX_BYTES);
    const bytes = await evidenceBodyBytes(UPLOAD_MAX_BYTES);
    expect(bytes).toBeGreaterThan(NEXT_DEFAULT_PROXY_LIMIT); // what used to be cut short
    expect(bytes).toBeLessThanOrEqual(proxyLimit);
    // A somewhat bigger file still reaches the form's own check, which answers with the field message.
    expect(await evidenceBodyBytes(UPLOAD_MAX_BYTES + 1024 * 1024)).toBeLessThanOrEqual(proxyLimit);
  });
});
