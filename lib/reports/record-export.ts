// The viewer's own Record of Learning as a download (CSV, Excel or PDF).
import type { Viewer } from '@/lib/auth/viewer';
import { isoLocalDate } from '@/lib/format';
import {
  CERTIFICATION_COLUMNS,
  COURSE_COLUMNS,
  EVIDENCE_COLUMNS,
  FLAT_COLUMNS,
  PROGRAM_COLUMNS,
  flatRecordRows,
  getOwnLearningRecord,
} from './record';
import { recordPdf } from './record-pdf';
import { csvStream, exportFilename, exportResponse, sheetOf, xlsxStream } from './export-stream';

export type RecordExportFormat = 'csv' | 'xlsx' | 'pdf';

async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}

export async function ownRecordExport(viewer: Viewer, format: RecordExportFormat): Promise<Response> {
  const record = await getOwnLearningRecord(viewer);
  const filename = exportFilename('Record of Learning', record.learner.name, isoLocalDate(record.generatedAt));
  if (format === 'pdf') return exportResponse(new Uint8Array(await recordPdf(record)), 'pdf', filename);
  if (format === 'csv') return exportResponse(csvStream(FLAT_COLUMNS, once(flatRecordRows(record))), 'csv', filename);
  return exportResponse(
    xlsxStream([
      sheetOf({ name: 'Courses', columns: COURSE_COLUMNS, batches: once(record.courses) }),
      sheetOf({ name: 'Programs', columns: PROGRAM_COLUMNS, batches: once(record.programs) }),
      sheetOf({ name: 'Certifications', columns: CERTIFICATION_COLUMNS, batches: once(record.certifications) }),
      sheetOf({ name: 'Other evidence', columns: EVIDENCE_COLUMNS, batches: once(record.evidence) }),
    ]),
    'xlsx',
    filename,
  );
}
