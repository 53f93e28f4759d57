// pg-boss talks to the database through `executeSql(text, values)`. These adapters let it run on the embedded
// PGlite instance (one connection, in-process) and inside a Prisma transaction (so a job is queued atomically with
// the rows that caused it).
import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';

type Row = Record<string, unknown>;

// pg-boss passes plain objects for json parameters and relies on node-postgres to serialise them.
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || value instanceof Date || Array.isArray(value) || typeof value !== 'object') return value;
  return JSON.stringify(value);
}

export function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      // Parameterless commands may hold several statements (schema creation, migrations): only exec() runs those.
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Row[] };
      }
      const result = await pglite.query<Row>(text, values.map(normalise));
      return { rows: result.rows };
    },
  };
}

type RawClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/** Runs pg-boss statements on a Prisma (transaction) client. Only single statements with parameters (send). */
export function prismaExecutor(client: RawClient): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const rows = await client.$queryRawUnsafe<Row[]>(text, ...(values ?? []).map(normalise));
      return { rows };
    },
  };
}
