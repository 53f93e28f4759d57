// Prisma 6.19 CLI configuration. Offline, the CLI must use the WebAssembly schema engine through a driver
// adapter (engine 'js'); see TOOLCHAIN.md. DATABASE_URL set -> PostgreSQL, unset -> embedded PGlite.
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { defineConfig } from 'prisma/config';
import { createPgliteMigrateFactory, createPgMigrateFactory } from './lib/db/pg-migrate-adapter';

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error });

// Tooling reads the environment directly (lib/env.ts is for the app). An empty value means "unset".
const serverUrl = process.env.DATABASE_URL || undefined;
// Same defaults as lib/env.ts (DATA_DIR, PGLITE_DATA_DIR).
const pgliteDir = path.resolve(process.env.PGLITE_DATA_DIR || path.join(process.env.DATA_DIR || '.data', 'pglite'));
// The schema's `url = env("DATABASE_URL")` must resolve, or the CLI tries to download a query engine.
process.env.DATABASE_URL = serverUrl ?? 'postgresql://localhost:5432/placeholder';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx prisma/seed/index.ts' },
  adapter: async () => (serverUrl ? createPgMigrateFactory(serverUrl) : createPgliteMigrateFactory(pgliteDir)),
});
