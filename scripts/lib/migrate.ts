// Apply the committed migrations (`prisma migrate deploy`) to PostgreSQL (DATABASE_URL) or the embedded DB.
// Shared by `npm run db:migrate`, `npm start`, `npm run dev` and the test set-ups.
import { runPrisma } from './run';

export async function migrateDeploy(env: Record<string, string | undefined> = {}): Promise<void> {
  const { code } = await runPrisma(['migrate', 'deploy'], { env });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit code ${code})`);
}
