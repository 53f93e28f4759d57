// The Record of Learning as a formatted A4 portrait PDF, printed by the certificates' shared Chromium pool
// (lib/certificates/pdf-pool.ts). The HTML is self-contained (fonts as data URLs), so nothing is fetched.
import { certificateFonts } from '@/lib/certificates/fonts';
import { renderPdf } from '@/lib/certificates/pdf-pool';
import { escapeHtml, type CertificateFonts } from '@/lib/certificates/template';
import { ServiceUnavailableError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { log } from '@/lib/log';
import type { CellValue, Column } from './columns';
import {
  CERTIFICATION_COLUMNS,
  COURSE_COLUMNS,
  EVIDENCE_COLUMNS,
  PROGRAM_COLUMNS,
  type LearningRecord,
} from './record';

function cellText(column: Column<never>, value: CellValue): string {
  if (value === null || value === '') return '–';
  if (value instanceof Date) return formatDate(value);
  if (column.kind === 'percent') return `${value}%`;
  return String(value);
}

function table<R>(title: string, columns: Column<R>[], rows: R[], empty: string): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((c, i) => {
            const text = escapeHtml(cellText(c as Column<never>, c.value(row)));
            return i === 0 ? `<th scope="row">${text}</th>` : `<td>${text}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<section><h2>${escapeHtml(title)} <span class="count">(${rows.length})</span></h2>${
    rows.length === 0
      ? `<p class="empty">${escapeHtml(empty)}</p>`
      : `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  }</section>`;
}

/** The printable HTML of a learner's record (pure: also what the template test reads). */
export function recordHtml(record: LearningRecord, fonts: CertificateFonts): string {
  const face = (family: string, url: string, weight: number) =>
    `@font-face{font-family:'${family}';src:url(${url}) format('truetype');font-weight:${weight};}`;
  const title = `Record of Learning: ${record.learner.name}`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
${face('RecSans', fonts.sans, 400)}${face('RecSerif', fonts.bold, 700)}
@page{size:A4 portrait;margin:14mm 12mm}
*{box-sizing:border-box}
body{font-family:'RecSans',sans-serif;font-size:9pt;color:#0b0c0c;margin:0}
h1{font-family:'RecSerif',serif;font-size:20pt;margin:0 0 2mm}
h2{font-family:'RecSerif',serif;font-size:13pt;margin:7mm 0 2mm;break-after:avoid}
.count{font-family:'RecSans',sans-serif;font-weight:400;font-size:10pt;color:#505a5f}
.meta{margin:0 0 1mm;color:#505a5f}
table{width:100%;border-collapse:collapse}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{text-align:left;vertical-align:top;padding:1.5mm 1.5mm;border-bottom:0.3mm solid #b1b4b6}
thead th{border-bottom:0.6mm solid #0b0c0c;font-weight:700}
tbody th{font-weight:700}
.empty{color:#505a5f}
</style></head><body>
<h1>Record of Learning</h1>
<p class="meta">${escapeHtml(record.learner.name)} (username ${escapeHtml(record.learner.username)})</p>
<p class="meta">Created on ${escapeHtml(formatDateTime(record.generatedAt))} (UK time)</p>
${table('Courses', COURSE_COLUMNS, record.courses, 'No courses.')}
${table('Programs', PROGRAM_COLUMNS, record.programs, 'No programs.')}
${table('Certifications', CERTIFICATION_COLUMNS, record.certifications, 'No certifications.')}
${table('Other evidence', EVIDENCE_COLUMNS, record.evidence, 'No other evidence.')}
</body></html>`;
}

/** The PDF bytes of a record; a renderer failure is a retryable "unavailable", logged in full. */
export async function recordPdf(record: LearningRecord): Promise<Buffer> {
  try {
    return await renderPdf(recordHtml(record, await certificateFonts()));
  } catch (error) {
    log.error('record of learning PDF render failed', error);
    throw new ServiceUnavailableError(
      'We could not create the PDF just now. Please try again in a minute, or download the Excel or CSV file instead.',
    );
  }
}
