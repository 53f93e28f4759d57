// One Chromium per process, shared by every certificate render, with a small pool of pages and a queue: a burst
// of downloads waits its turn instead of starting a browser each. Every wait and every render has a timeout, a
// page that failed is thrown away (never reused half-broken), and a crashed browser is started again next time.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '@/lib/browser/executable.cjs';
import { getEnv } from '@/lib/env';

export const PDF_POOL_SIZE = 2;
const RENDER_TIMEOUT_MS = 20_000;
const QUEUE_TIMEOUT_MS = 30_000;

// Offline and quiet: nothing phones home, no sandbox (the server may run as root in a container).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export class PdfRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}

type Waiter = { resolve: (page: Page) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type Pool = { browser: Promise<Browser> | null; idle: Page[]; open: number; queue: Waiter[] };

// On globalThis: Next bundles routes separately, and dev reloads modules; one browser either way.
const holder = globalThis as unknown as { ilearnPdfPool?: Pool };
const pool: Pool = (holder.ilearnPdfPool ??= { browser: null, idle: [], open: 0, queue: [] });

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfRenderError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function browser(): Promise<Browser> {
  if (pool.browser) return pool.browser;
  const executablePath = findChromium({ CHROMIUM_PATH: getEnv().chromiumPath });
  if (!executablePath) return Promise.reject(new PdfRenderError('No Chromium found for PDF certificates'));
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ilearn-pdf-'));
  const launching = puppeteer
    .launch({ executablePath, headless: true, args: [...ARGS, `--user-data-dir=${userDataDir}`] })
    .then((b) => {
      b.on('disconnected', () => {
        if (pool.browser === launching) resetPool();
      });
      return b;
    });
  launching.catch(() => {
    if (pool.browser === launching) pool.browser = null;
  });
  pool.browser = launching;
  return launching;
}

function resetPool(): void {
  pool.browser = null;
  pool.idle = [];
  pool.open = 0;
}

async function newPage(): Promise<Page> {
  const page = await (await browser()).newPage();
  await page.setJavaScriptEnabled(false);
  // The template embeds everything as data: URLs; any other request is refused, so nothing is ever fetched.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') void request.continue();
    else void request.abort();
  });
  return page;
}

async function acquire(): Promise<Page> {
  const idle = pool.idle.pop();
  if (idle) return idle;
  if (pool.open < PDF_POOL_SIZE) {
    pool.open++;
    try {
      return await newPage();
    } catch (error) {
      pool.open--;
      throw error;
    }
  }
  return new Promise<Page>((resolve, reject) => {
    const waiter: Waiter = {
      resolve,
      reject,
      timer: setTimeout(() => {
        pool.queue = pool.queue.filter((w) => w !== waiter);
        reject(new PdfRenderError('Timed out waiting for a free PDF renderer'));
      }, QUEUE_TIMEOUT_MS),
    };
    pool.queue.push(waiter);
  });
}

function release(page: Page, healthy: boolean): void {
  if (!healthy || page.isClosed()) {
    pool.open = Math.max(0, pool.open - 1);
    void page.close().catch(() => undefined);
    // A waiter gets a fresh page in place of the broken one.
    const waiter = pool.queue.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      acquire().then(waiter.resolve, waiter.reject);
    }
    return;
  }
  const waiter = pool.queue.shift();
  if (waiter) {
    clearTimeout(waiter.timer);
    waiter.resolve(page);
  } else pool.idle.push(page);
}

// Decoding the embedded fonts is most of a render's time, so each page keeps the last document's <head> (styles
// and fonts, minus the <title>) and, when the next document has the same head, swaps only the title and body.
const loadedHead = new WeakMap<Page, string>();
const DOCUMENT = /^([\s\S]*?)<title>([\s\S]*?)<\/title>([\s\S]*?<\/head>)\s*<body>([\s\S]*)<\/body>\s*<\/html>\s*$/;

async function load(page: Page, html: string): Promise<void> {
  const parts = DOCUMENT.exec(html);
  const head = parts ? `${parts[1]}${parts[3]}` : null;
  if (parts && head !== null && loadedHead.get(page) === head) {
    await page.evaluate(
      async (titleHtml, bodyHtml) => {
        const decode = document.createElement('textarea');
        decode.innerHTML = titleHtml;
        document.title = decode.value;
        document.body.innerHTML = bodyHtml;
        await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
        await document.fonts.ready;
      },
      parts[2]!,
      parts[4]!,
    );
    return;
  }
  loadedHead.delete(page);
  await page.setContent(html, { waitUntil: 'load' });
  if (head !== null) loadedHead.set(page, head);
}

/** Renders self-contained HTML (A4 landscape) to PDF bytes with the shared browser. */
export async function renderPdf(html: string): Promise<Buffer> {
  const page = await acquire();
  let healthy = false;
  try {
    await withTimeout(load(page, html), RENDER_TIMEOUT_MS, 'Loading the certificate');
    const bytes = await withTimeout(
      page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }),
      RENDER_TIMEOUT_MS,
      'Printing the certificate',
    );
    healthy = true;
    return Buffer.from(bytes);
  } catch (error) {
    throw error instanceof PdfRenderError ? error : new PdfRenderError('The PDF renderer failed', { cause: error });
  } finally {
    release(page, healthy);
  }
}

/** The pool's state and the browser's process id (benchmarks, the system status page). */
export async function pdfPoolStats(): Promise<{ pid: number | null; open: number; idle: number; queued: number }> {
  const b = pool.browser ? await pool.browser.catch(() => null) : null;
  return { pid: b?.process()?.pid ?? null, open: pool.open, idle: pool.idle.length, queued: pool.queue.length };
}

/** Closes the shared browser (tests, benchmarks, shutdown). */
export async function closePdfPool(): Promise<void> {
  const launching = pool.browser;
  resetPool();
  for (const waiter of pool.queue.splice(0)) {
    clearTimeout(waiter.timer);
    waiter.reject(new PdfRenderError('The PDF renderer was closed'));
  }
  if (launching) await (await launching.catch(() => null))?.close();
}
