// A second "app process" for the capacity test: signs the given users up to one session in parallel through
// the same lib command, on its own connection pool, and prints the outcomes as JSON.
// Usage: tsx tests/integration/workshops/signup-worker.ts <sessionId> <userId,userId,...>
import { PrismaPg } from '@prisma/adapter-pg';
import { db, disconnectDb } from '@/lib/db';
import { stopBoss } from '@/lib/jobs/boss';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { signUpForSession } from '@/lib/workshops/commands';
import { viewerFor } from '../../factories/workshops';

async function main() {
  const [sessionId, ids] = process.argv.slice(2);
  const userIds = (ids ?? '').split(',').map(Number);
  const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
  const users = await db.user.findMany({ where: { id: { in: userIds } } });
  // Wait for the go signal so both processes fire at the same moment.
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const results = await Promise.allSettled(
    users.map((u) =>
      signUpForSession(viewerFor(u), { sessionId: Number(sessionId), confirmation: 'EMAIL_WITH_INVITE' }, pool),
    ),
  );
  process.stdout.write(
    JSON.stringify(results.map((r) => (r.status === 'fulfilled' ? r.value.status : `ERROR ${String(r.reason)}`))),
  );
  await pool.$disconnect();
  await stopBoss();
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
