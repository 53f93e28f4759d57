// Reads a large result in batches through a server-side cursor (DECLARE ... FETCH) inside one read-only
// transaction, so an export sees one consistent snapshot, whatever its sort, and holds one batch (plus the one
// being fetched) in memory at a time. Works on PostgreSQL and the embedded database alike.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

export const CURSOR_BATCH = 2000;
const EXPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * The rows of `query` in batches of `size`. The next batch is fetched while the caller writes this one. Stopping
 * early (break, return, a cancelled download) closes the cursor and ends the transaction.
 */
export async function* cursorBatches<T>(query: Prisma.Sql, size = CURSOR_BATCH): AsyncGenerator<T[]> {
  const ready: T[][] = [];
  let finished = false;
  let failure: unknown = null;
  let stopped = false;
  let wakeReader: (() => void) | null = null;
  let wakeFetcher: (() => void) | null = null;
  const wake = (which: 'reader' | 'fetcher') => {
    const fn = which === 'reader' ? wakeReader : wakeFetcher;
    if (which === 'reader') wakeReader = null;
    else wakeFetcher = null;
    fn?.();
  };
  const transaction = db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      await tx.$executeRaw(Prisma.sql`DECLARE report_rows NO SCROLL CURSOR FOR ${query}`);
      while (!stopped) {
        const rows = await tx.$queryRawUnsafe<T[]>(`FETCH ${Math.trunc(size)} FROM report_rows`);
        if (rows.length === 0) break;
        ready.push(rows);
        wake('reader');
        // One batch ahead at most.
        while (ready.length > 0 && !stopped) await new Promise<void>((resolve) => (wakeFetcher = resolve));
      }
    },
    { timeout: EXPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
  transaction.then(
    () => {
      finished = true;
      wake('reader');
    },
    (error: unknown) => {
      failure = error;
      finished = true;
      wake('reader');
    },
  );
  try {
    for (;;) {
      const batch = ready.shift();
      if (batch) {
        wake('fetcher');
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    stopped = true;
    wake('fetcher');
    await transaction.catch(() => undefined);
  }
}
