/** @jest-environment node */
// Benchmark (issue 11 item 7; `npm run bench -- certificate-pdf`): certificate PDFs through the shared browser
// and its page pool: cold latency (browser launch + first page), warm latency p50/p95, PDFs per second with
// concurrent requests, and resident memory (Node and Chromium) every 100 PDFs up to BENCH_PDFS (default 500).
// Targets: warm ≤ 300 ms, memory flat. Figures are printed, not asserted (the machine is shared).
import { readFileSync } from 'node:fs';
import { certificateFonts } from '@/lib/certificates/fonts';
import { closePdfPool, PDF_POOL_SIZE, pdfPoolStats, renderPdf } from '@/lib/certificates/pdf-pool';
import { certificateHtml } from '@/lib/certificates/template';

const TOTAL = Number(process.env.BENCH_PDFS ?? 500);
const lines: string[] = [];

function rssMb(pid: number | null): string {
  const node = process.memoryUsage().rss / 1048576;
  let chrome = 0;
  if (pid) {
    // The browser process plus its children (renderers, GPU/utility processes), from /proc.
    const all = listChildren(pid);
    for (const p of [pid, ...all]) {
      const m = /VmRSS:\s+(\d+) kB/.exec(safeRead(`/proc/${p}/status`));
      if (m) chrome += Number(m[1]) / 1024;
    }
  }
  return `node ${node.toFixed(0)} MB, chromium ${chrome.toFixed(0)} MB`;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function listChildren(pid: number): number[] {
  const children = safeRead(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean).map(Number);
  return children.flatMap((c) => [c, ...listChildren(c)]);
}

async function html(n: number): Promise<string> {
  return certificateHtml(
    {
      title: 'Certificate of completion',
      learnerName: `Learner ${n}`,
      courseName: 'Data Protection and Information Security',
      completedAt: new Date('2026-11-30T10:00:00Z'),
      issuedAt: new Date('2026-11-30T10:05:00Z'),
      validUntil: new Date('2028-11-30T10:00:00Z'),
      code: 'KX7P2MQR9D',
      verifyUrl: 'https://ilearn.example.org/verify/KX7P2MQR9D',
      organisation: {
        name: 'Hertfordshire County Council',
        primaryColour: '#1d4f91',
        logoText: 'HCC',
        logoDataUrl: null,
      },
      signatory: { name: 'Jo Bloggs', title: 'Head of Learning and Development' },
    },
    await certificateFonts(),
  );
}

afterAll(async () => {
  console.log(`Certificate PDFs (pool of ${PDF_POOL_SIZE} pages, one browser):\n${lines.join('\n')}`);
  await closePdfPool();
});

test('cold, warm, throughput and memory', async () => {
  let started = performance.now();
  await renderPdf(await html(0));
  lines.push(`cold (launch + first PDF): ${(performance.now() - started).toFixed(0)} ms`);
  const warm: number[] = [];
  for (let i = 1; i <= 30; i++) {
    const page = await html(i);
    started = performance.now();
    await renderPdf(page);
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);
  lines.push(`warm, one at a time: p50 ${warm[15]!.toFixed(0)} ms, p95 ${warm[28]!.toFixed(0)} ms`);
  const { pid } = await pdfPoolStats();
  lines.push(`after 31 PDFs: ${rssMb(pid)}`);
  let done = 31;
  started = performance.now();
  while (done < TOTAL) {
    const batch = Math.min(100, TOTAL - done);
    const pages = await Promise.all(Array.from({ length: batch }, (_, i) => html(done + i)));
    const t = performance.now();
    // More requests than pages: the rest wait in the pool's queue.
    const pdfs = await Promise.all(pages.map((p) => renderPdf(p)));
    expect(pdfs.every((b) => b.subarray(0, 5).toString('latin1') === '%PDF-')).toBe(true);
    done += batch;
    lines.push(
      `${String(done).padStart(4)} PDFs: ${(batch / ((performance.now() - t) / 1000)).toFixed(1)} PDFs/s, ${rssMb((await pdfPoolStats()).pid)}`,
    );
  }
  lines.push(`total ${done} PDFs, ${((performance.now() - started) / 1000).toFixed(1)} s after warm-up`);
}, 1_200_000);
