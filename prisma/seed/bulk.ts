// Fast bulk insert for the seed: one statement with one JSON parameter, expanded by json_populate_recordset.
// Prisma's createMany sends one bind parameter per value, which the embedded database parses several times
// more slowly. Columns a row leaves out become NULL (or the column default when no row sets them), and
// @updatedAt columns, which have no database default, are set to now().
import type { Db } from './context';

type Row = Record<string, unknown>;

let tablesWithUpdatedAt: Promise<Set<string>> | undefined;

async function hasUpdatedAt(db: Db, table: string): Promise<boolean> {
  tablesWithUpdatedAt ??= db
    .$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name::text AS table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'updatedAt'`,
    )
    .then((rows) => new Set(rows.map((r) => r.table_name)))
    .catch((error: unknown) => {
      tablesWithUpdatedAt = undefined;
      throw error;
    });
  return (await tablesWithUpdatedAt).has(table);
}

async function statement(db: Db, table: string, rows: readonly Row[], returning: readonly string[]): Promise<string> {
  if (!/^[A-Za-z]+$/.test(table)) throw new Error(`bulkInsert: bad table name ${table}`);
  // The union of the columns any row sets: leave out only nullable columns in some rows (a NOT NULL column
  // left out of some rows fails loudly).
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((c) => row[c] !== undefined)))];
  for (const c of [...columns, ...returning])
    if (!/^[A-Za-z]+$/.test(c)) throw new Error(`bulkInsert: bad column ${c}`);
  const list = columns.map((c) => `"${c}"`);
  const values = [...list];
  if (!columns.includes('updatedAt') && (await hasUpdatedAt(db, table))) {
    list.push('"updatedAt"');
    values.push('now()');
  }
  const back = returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(', ')}` : '';
  return `INSERT INTO "${table}" (${list.join(', ')}) SELECT ${values.join(', ')} FROM json_populate_recordset(NULL::"${table}", $1::json)${back}`;
}

export async function bulkInsert(db: Db, table: string, rows: readonly Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$executeRawUnsafe(await statement(db, table, rows, []), JSON.stringify(rows));
}

/** Like bulkInsert, returning the given columns of the new rows (match them by a unique key, not by position). */
export async function bulkInsertReturning<T extends Row>(
  db: Db,
  table: string,
  rows: readonly Row[],
  returning: readonly (keyof T & string)[],
): Promise<T[]> {
  if (rows.length === 0) return [];
  return db.$queryRawUnsafe<T[]>(await statement(db, table, rows, returning), JSON.stringify(rows));
}
