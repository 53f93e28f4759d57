// The certificate fonts (DejaVu, committed in ./fonts with their licence) as data URLs for the template, read
// once per process: the PDF looks the same on every server, online or not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CertificateFonts } from './template';

const FILES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', sans: 'DejaVuSans.ttf' } as const;

let cached: Promise<CertificateFonts> | null = null;

async function dataUrl(file: string): Promise<string> {
  const bytes = await readFile(path.join(process.cwd(), 'lib', 'certificates', 'fonts', file));
  return `data:font/ttf;base64,${bytes.toString('base64')}`;
}

export function certificateFonts(): Promise<CertificateFonts> {
  cached ??= (async () => ({
    regular: await dataUrl(FILES.regular),
    bold: await dataUrl(FILES.bold),
    sans: await dataUrl(FILES.sans),
  }))();
  cached.catch(() => (cached = null));
  return cached;
}
