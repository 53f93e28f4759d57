// Fast bulk insert for the large tables: one statement with one JSON parameter, expanded by
// json_populate_recordset. Prisma's createMany sends one bind parameter per value, which the embedded
// database parses slowly (about 5x slower for a few thousand rows).
import type { PrismaClient } from '../../lib/generated/prisma/client';

type Row = Record<string, unknown>;

/** Tables whose @updatedAt column has no database default and must be filled in. */
const UPDATED_AT = new Set([
  'CourseCompletion',
  'ActivityCompletion',
  'CertificationCompletion',
  'ProgramCompletion',
  'JobAssignment',
]);

export async function bulkInsert(db: PrismaClient, table: string, rows: readonly Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  if (!/^[A-Za-z]+$/.test(table)) throw new Error(`bulkInsert: bad table name ${table}`);
  // The union of the columns set by any row; json_populate_recordset gives NULL where a row leaves one out
  // (so leave out only nullable columns: a NOT NULL column left out of some rows fails loudly).
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((c) => row[c] !== undefined)))];
  const list = columns.map((c) => `"${c}"`);
  if (UPDATED_AT.has(table) && !columns.includes('updatedAt')) {
    const names = [...list, '"updatedAt"'].join(', ');
    return db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names}) SELECT ${list.join(', ')}, now() FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows),
    );
  }
  return db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list.join(', ')}) SELECT ${list.join(', ')} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    JSON.stringify(rows),
  );
}
