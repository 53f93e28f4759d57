// Streamed exports: rows arrive in batches (from a database cursor) and leave as CSV or Excel bytes as they are
// written, pulled by the response, so a 100,000-row report never sits in memory and the download starts at once.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { toCsv } from '@/lib/csv';
import { contentDisposition } from '@/lib/storage/download-response';
import { csvCell, xlsxCell, XLSX_FORMAT, type Column } from './columns';

export type ExportFormat = 'csv' | 'xlsx';
export type Batches<R> = AsyncIterable<R[]>;
export type Sheet<R> = { name: string; columns: Column<R>[]; batches: Batches<R> };

/** Sheets of different row types in one workbook. */
export function sheetOf<R>(sheet: Sheet<R>): Sheet<unknown> {
  return sheet as unknown as Sheet<unknown>;
}

const encoder = new TextEncoder();

/** CSV through the shared module (formula injection neutralised): a byte-order mark for Excel, a header row. */
export function csvStream<R>(columns: Column<R>[], batches: Batches<R>): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${toCsv([columns.map((c) => c.header)])}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      const rows = next.value.map((row) => columns.map((c) => csvCell(c.kind, c.value(row))));
      if (rows.length > 0) controller.enqueue(encoder.encode(toCsv(rows)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

// The workbook writer does not wait for its reader: past this many unread bytes it waits before the next batch.
const XLSX_BUFFER_BYTES = 1 << 20;

/**
 * An .xlsx workbook written with exceljs's streaming WorkbookWriter: one worksheet per sheet, a bold header row,
 * frozen panes below it, column widths, real dates and numbers. Rows are committed as they are written.
 */
export function xlsxStream(sheets: Sheet<unknown>[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  let cancelled = false;
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      zip: { zlib: { level: 1 } },
    } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
        views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      });
      worksheet.columns = sheet.columns.map((c, i) => ({
        key: String(i),
        header: c.header,
        width: c.width,
        ...(XLSX_FORMAT[c.kind] ? { style: { numFmt: XLSX_FORMAT[c.kind] } } : {}),
      }));
      const header = worksheet.getRow(1);
      header.font = { bold: true };
      header.commit();
      for await (const batch of sheet.batches) {
        for (const row of batch) worksheet.addRow(sheet.columns.map((c) => xlsxCell(c.kind, c.value(row)))).commit();
        while (out.readableLength > XLSX_BUFFER_BYTES && !cancelled) await new Promise((r) => setTimeout(r, 2));
        if (cancelled) return;
      }
      worksheet.commit();
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  const chunks = out[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    },
    async cancel() {
      // A cancelled download stops the writer at its next batch (and, through its iterator, the cursor).
      cancelled = true;
      out.destroy();
    },
  });
}

const MIME: Record<ExportFormat | 'pdf', string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** A download of a streamed (or ready) export: never cached, never sniffed. */
export function exportResponse(
  body: ReadableStream<Uint8Array> | Uint8Array,
  format: ExportFormat | 'pdf',
  filename: string,
): Response {
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, {
    headers: {
      'Content-Type': MIME[format],
      'Content-Disposition': contentDisposition(`${filename}.${format}`),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** "Record of Learning - Sam Smith - 2026-12-02": safe in every file system. */
export function exportFilename(...parts: string[]): string {
  return parts
    .join(' - ')
    .replace(/[/\\:*?"<>|\x00-\x1f]/g, '-')
    .slice(0, 150);
}
