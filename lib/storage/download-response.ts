// The HTTP answer for a private file download: always an attachment, never cached or sniffed.
export type DownloadableFile = { bytes: Uint8Array | Buffer; mimeType: string; filename: string };

/** `filename` for old clients (ASCII, no quotes) and `filename*` for everyone else. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function downloadResponse(file: DownloadableFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': contentDisposition(file.filename),
      'Content-Length': String(file.bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
