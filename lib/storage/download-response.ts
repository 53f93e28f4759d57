// The HTTP answer for a private file download: an attachment (or, for our own PDFs, shown inline), never cached
// or sniffed.
export type DownloadableFile = { bytes: Uint8Array | Buffer; mimeType: string; filename: string };

/** `filename` for old clients (ASCII, no quotes) and `filename*` for everyone else. */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** `inline` only for files the server made itself (certificate PDFs); uploads always download. */
export function downloadResponse(
  file: DownloadableFile,
  disposition: 'attachment' | 'inline' = 'attachment',
): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': contentDisposition(file.filename, disposition),
      'Content-Length': String(file.bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
