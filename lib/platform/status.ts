// What this installation runs on, for the site admins' System status page: database, email, PDF browser.
import { findChromium, installHint } from '@/lib/browser/executable.cjs';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { env, isEmbeddedDb } from '@/lib/env';

export type SystemStatus = {
  database: { engine: 'PostgreSQL' | 'Embedded (PGlite)'; migrations: number; lastMigration: string | null };
  email: { mode: 'Resend' | 'Outbox only' };
  browser: { path: string | null; hint: string | null };
  displayTimeZone: string;
};

export async function getSystemStatus(viewer: Viewer): Promise<SystemStatus> {
  assertSiteAdmin(viewer);
  const migrations = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY finished_at`;
  const browserPath = findChromium({ CHROMIUM_PATH: env.chromiumPath }) ?? null;
  return {
    database: {
      engine: isEmbeddedDb() ? 'Embedded (PGlite)' : 'PostgreSQL',
      migrations: migrations.length,
      lastMigration: migrations.at(-1)?.name ?? null,
    },
    email: { mode: env.resendApiKey ? 'Resend' : 'Outbox only' },
    browser: { path: browserPath, hint: browserPath ? null : installHint() },
    displayTimeZone: env.displayTimeZone,
  };
}
