// The one CSV module: writing (csv-stringify) with spreadsheet formula injection neutralised in every cell, and
// reading (csv-parse) for imports. Every export and import in iLearn+ goes through here.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

// A cell a spreadsheet would evaluate: = + - @ (also their full-width forms, which Excel folds to ASCII), tab or
// carriage return, possibly after leading spaces.
const FORMULA_START = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with an apostrophe, so it stays text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed, line breaks inside cells quoted). Text cells are neutralised;
 * numbers are written as numbers, so a negative mark stays a number.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const safe = rows.map((row) =>
    row.map((cell) => (cell == null ? '' : typeof cell === 'number' ? cell : neutraliseFormula(cell))),
  );
  return stringify(safe, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** Thrown when uploaded text is not valid CSV; the message is safe to show and names the line. */
export class CsvParseError extends Error {
  constructor(
    message: string,
    public readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'CsvParseError';
  }
}

/**
 * Reads CSV text into rows of cells: quoted cells, doubled quotes, CRLF, LF or CR line ends, a byte-order mark.
 * Rows whose cells are all blank are dropped; rows may have different lengths.
 */
export function parseCsv(input: string): string[][] {
  let rows: string[][];
  try {
    rows = parse(input, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CsvParseError(
      `The file is not valid CSV${line ? ` (near line ${line})` : ''}: check that every quote (") is closed`,
      line,
    );
  }
  return rows.filter((row) => row.some((cell) => cell.trim() !== ''));
}
