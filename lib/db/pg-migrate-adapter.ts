// Driver adapter factories for the Prisma 6.19 CLI (`engine: 'js'`), used by prisma.config.ts.
// See TOOLCHAIN.md "Prisma": the four fixes for @prisma/adapter-pg, and PGlite for the embedded DB.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { poolConfigFromUrl } from './pg-config';
import { openPglite, PGLITE_OPTIONS } from './pglite';

// Fix 1: catalog column types the adapter cannot map (char, name, oid-likes, pg_node_tree, regtype...)
// are reported as text; name[]/int2vector-likes as text[].
const AS_TEXT = new Set([18, 19, 22, 24, 28, 30, 194, 2205]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);
const TEXT = 25;
const TEXT_ARRAY = 1009;
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY as Parameters<typeof pg.types.getTypeParser>[0], 'text');

type Fields = { dataTypeID: number }[];
type ResultLike = { fields?: Fields; rows?: unknown[] };

function rewriteTypes<T>(result: T): T {
  for (const res of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (res ?? {}) as ResultLike;
    fields?.forEach((field, i) => {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
      if (!AS_TEXT_ARRAY.has(field.dataTypeID)) return;
      field.dataTypeID = TEXT_ARRAY;
      for (const row of rows ?? []) {
        const cells = row as unknown[];
        if (Array.isArray(cells) && typeof cells[i] === 'string') cells[i] = parseTextArray(cells[i]);
      }
    });
  }
  return result;
}

type Callback = (err: Error | null, res?: unknown) => void;

// pg.Client whose `query` results carry remapped type ids, in both promise and callback form
// (pg.Pool calls the callback form).
export class TypeMappingClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads cannot be re-declared precisely
  override query(...args: any[]): any {
    const last = args.at(-1) as unknown;
    if (typeof last === 'function') {
      const cb = last as Callback;
      args[args.length - 1] = (err: Error | null, res?: unknown) => cb(err, err ? res : rewriteTypes(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(rewriteTypes) : out;
  }
}

// Fixes 2-4: pool built from a config object with the patched Client and allowExitOnIdle,
// and a shadow database whose pool is closed before it is dropped.
export function createPgMigrateFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config: pg.PoolConfig = { ...poolConfigFromUrl(url), Client: TypeMappingClient, allowExitOnIdle: true };
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const admin = await main.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose(); // ends the shadow pool first, or DROP fails ("being accessed by other users")
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

// pglite-prisma-adapter 0.6.1 sends whole migration scripts to the shadow DB through executeRaw (PGlite's
// `query` uses prepared statements: "cannot insert multiple commands"), and its executeScript does not await.
// Parameterless statements go through `exec` (simple protocol), like pg does.
function patchPgliteAdapter(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const results = await client.exec(query.sql);
    return results.reduce((sum, r) => sum + (r.affectedRows ?? 0), 0);
  };
  adapter.executeScript = async (script) => {
    await client.exec(script);
  };
  return adapter;
}

// PGlite on disk for the CLI. The database is opened on first connect and closed when the last
// adapter is disposed, so the CLI process can exit with everything flushed.
export function createPgliteMigrateFactory(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  let open = 0;
  let db: PGlite | undefined;
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    async connect() {
      db ??= await openPglite(dataDir);
      open += 1;
      const adapter = patchPgliteAdapter(await new PrismaPGlite(db).connect(), db);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        open -= 1;
        if (open === 0 && db) {
          const closing = db;
          db = undefined;
          await closing.close();
        }
      };
      return adapter;
    },
    // Fresh in-memory database per call (the adapter's own version reuses one name).
    async connectToShadowDb() {
      const shadow = new PGlite(PGLITE_OPTIONS);
      const adapter = patchPgliteAdapter(await new PrismaPGlite(shadow).connect(), shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}
