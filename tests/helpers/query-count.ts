// Counts the SQL statements sent to the database (PostgreSQL through pg, or embedded PGlite) while fn runs.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

let counting = false;
let count = 0;
let patched = false;

function patch() {
  if (patched) return;
  patched = true;
  for (const proto of [pg.Client.prototype, PGlite.prototype] as { query: (...args: unknown[]) => unknown }[]) {
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      if (counting) count += 1;
      return original.apply(this, args);
    };
  }
}

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  patch();
  count = 0;
  counting = true;
  try {
    const result = await fn();
    return { result, queries: count };
  } finally {
    counting = false;
  }
}
