// Apply the committed migrations (`prisma migrate deploy`) to PostgreSQL (DATABASE_URL) or the embedded DB.
// Shared by `npm run db:migrate`, `npm start`, `npm run dev` and the test set-ups. Quiet by default: one line
// saying what was applied, and the CLI's whole output only when it fails (`npm run db:migrate` prints it all).
import { runPrisma } from './run';

/** The one line a quiet run prints, from the CLI's output ("N migrations found", the names just applied). */
export function summariseMigrateOutput(output: string): string {
  const found = /(\d+) migrations? found/.exec(output)?.[1] ?? '?';
  const applied = output.includes('have been applied')
    ? [...output.matchAll(/└─ (\S+)\/\s*$/gm)].map((m) => m[1]!)
    : [];
  const names = applied.length > 3 ? `${applied.length} (${applied[0]} … ${applied.at(-1)})` : applied.join(', ');
  return `Database migrations: ${found} committed, ${applied.length ? `applied now: ${names}` : 'none pending'}`;
}

export async function migrateDeploy(
  env: Record<string, string | undefined> = {},
  { quiet = true }: { quiet?: boolean } = {},
): Promise<void> {
  const { code, stdout, stderr } = await runPrisma(['migrate', 'deploy'], { env, quiet });
  if (code !== 0) {
    if (quiet) process.stderr.write(`${stderr}${stdout}`);
    throw new Error(`prisma migrate deploy failed (exit code ${code})`);
  }
  if (quiet) console.log(summariseMigrateOutput(stdout));
}
