// Columns of an export: one definition gives the header, the cell type and the width for CSV and Excel alike, so
// the two files always agree. Pure: no I/O.
import { neutraliseFormula, type CsvCell } from '@/lib/csv';
import { isoLocalDate, isoLocalDateTime, wallClock } from '@/lib/format';

export type CellValue = string | number | Date | null;

/** text; number (counts, hours); percent (0–100); date (a day); datetime (a moment, shown to the minute). */
export type ColumnKind = 'text' | 'number' | 'percent' | 'date' | 'datetime';

export type Column<R> = {
  header: string;
  kind: ColumnKind;
  /** Excel column width in characters. */
  width: number;
  value: (row: R) => CellValue;
};

/** The CSV text of a cell: dates as yyyy-mm-dd (and hh:mm) in the display zone, numbers as numbers. */
export function csvCell(kind: ColumnKind, value: CellValue): CsvCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return kind === 'datetime' ? isoLocalDateTime(value) : isoLocalDate(value);
  if (typeof value === 'number') return value;
  return value;
}

/**
 * The Excel value of a cell: a real date (the display zone's wall clock, since Excel has no zones), a real
 * number (a percent as a fraction, formatted 0%), text as text. Text that a spreadsheet would run as a formula
 * is neutralised here too, so a copy pasted out of Excel stays harmless.
 */
export function xlsxCell(kind: ColumnKind, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return kind === 'date' ? dayOf(wallClock(value)) : wallClock(value);
  if (typeof value === 'number') return kind === 'percent' ? value / 100 : value;
  return neutraliseFormula(value);
}

function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Excel number formats per kind (UK order for dates). */
export const XLSX_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  number: undefined,
  percent: '0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};
