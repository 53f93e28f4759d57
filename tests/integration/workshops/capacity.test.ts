/** @jest-environment node */
// 200 parallel sign-ups for a 12-seat session, over real connections, from this process and a second one.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { db } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { signUpForSession } from '@/lib/workshops/commands';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import {
  enrol,
  makeOrganisation,
  makeSession,
  makeUsers,
  makeWorkshopCourse,
  viewerFor,
} from '../../factories/workshops';

const onPostgres = Boolean(process.env.DATABASE_URL);
const maybe = onPostgres ? it : it.skip;
let pool: PrismaClient;

beforeAll(async () => {
  await resetDb();
  await resetQueue();
  if (onPostgres)
    pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
});
afterAll(async () => {
  await pool?.$disconnect();
  await stopBoss();
  await disconnect();
});

function runSecondProcess(
  sessionId: number,
  userIds: number[],
): { ready: Promise<void>; go: () => void; done: Promise<string[]> } {
  const child = spawn(
    process.execPath,
    [
      path.join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'),
      'tests/integration/workshops/signup-worker.ts',
      String(sessionId),
      userIds.join(','),
    ],
    { cwd: process.cwd(), env: process.env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker exited ${code}: ${err}`)),
    );
  });
  // The worker loads its modules first; give it a moment by waiting for its pool to be usable is not observable,
  // so it waits for our "go" line on stdin instead.
  return { ready: Promise.resolve(), go: () => child.stdin.end('go\n'), done };
}

describe('capacity under parallel sign-ups', () => {
  maybe(
    'books exactly 12 of 200 parallel sign-ups across two processes, wait-lists the rest in arrival order',
    async () => {
      const org = await makeOrganisation();
      const users = await makeUsers(200, org.id, 'rush');
      const { course, workshop } = await makeWorkshopCourse();
      await enrol(
        users.map((u) => u.id),
        course.id,
      );
      const session = await makeSession(workshop.id, { capacity: 12 });

      const mine = users.slice(0, 100);
      const theirs = users.slice(100);
      const second = runSecondProcess(
        session.id,
        theirs.map((u) => u.id),
      );
      await new Promise((r) => setTimeout(r, 4000)); // let the second process start up and load its modules
      const started = Date.now();
      second.go();
      const local = await Promise.allSettled(
        mine.map((u) =>
          signUpForSession(viewerFor(u), { sessionId: session.id, confirmation: 'EMAIL_WITH_INVITE' }, pool),
        ),
      );
      const remote = await second.done;
      const elapsed = Date.now() - started;

      const outcomes = [
        ...local.map((r) => (r.status === 'fulfilled' ? r.value.status : `ERROR ${String(r.reason)}`)),
        ...remote,
      ];
      const errors = outcomes.filter((o) => o.startsWith('ERROR'));
      expect(errors).toEqual([]);
      expect(outcomes.filter((o) => o === 'BOOKED')).toHaveLength(12);
      expect(outcomes.filter((o) => o === 'WAITLISTED')).toHaveLength(188);

      const after = await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } });
      expect(after.bookedCount).toBe(12);
      const bookings = await db.booking.findMany({
        where: { sessionId: session.id },
        orderBy: [{ signedUpAt: 'asc' }, { id: 'asc' }],
      });
      expect(bookings).toHaveLength(200);
      expect(bookings.filter((b) => b.status === 'BOOKED')).toHaveLength(12);
      // Arrival order: every booked person got the lock before every wait-listed one, and ids follow lock order.
      const lastBooked = Math.max(...bookings.filter((b) => b.status === 'BOOKED').map((b) => b.signedUpAt.getTime()));
      const firstWaiting = Math.min(
        ...bookings.filter((b) => b.status === 'WAITLISTED').map((b) => b.signedUpAt.getTime()),
      );
      expect(lastBooked).toBeLessThanOrEqual(firstWaiting);
      const byId = [...bookings].sort((a, b) => a.id - b.id).map((b) => b.id);
      expect(bookings.map((b) => b.id)).toEqual(byId);
      expect(new Set(bookings.map((b) => b.userId)).size).toBe(200);
      console.log(
        `capacity test: 200 sign-ups (100 here, 100 in a second process), ${outcomes.filter((o) => o === 'BOOKED').length} booked, ` +
          `${outcomes.filter((o) => o === 'WAITLISTED').length} wait-listed, ${elapsed} ms`,
      );
    },
    120_000,
  );

  maybe('a double submit (same learner, parallel) books once', async () => {
    const org = await makeOrganisation();
    const [user] = await makeUsers(1, org.id, 'double');
    const { course, workshop } = await makeWorkshopCourse();
    await enrol([user!.id], course.id);
    const session = await makeSession(workshop.id, { capacity: 5 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        signUpForSession(viewerFor(user!), { sessionId: session.id, confirmation: 'EMAIL_ONLY' }, pool),
      ),
    );
    expect(new Set(results.map((r) => r.bookingId)).size).toBe(1);
    expect(results.filter((r) => !r.alreadyBooked)).toHaveLength(1);
    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).bookedCount).toBe(1);
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(1);
  });

  maybe('parallel sign-ups by one learner to two sessions of the same workshop keep one booking', async () => {
    const org = await makeOrganisation();
    const [user] = await makeUsers(1, org.id, 'twosess');
    const { course, workshop } = await makeWorkshopCourse();
    await enrol([user!.id], course.id);
    const a = await makeSession(workshop.id);
    const b = await makeSession(workshop.id, { startsInDays: 20 });
    const results = await Promise.allSettled(
      [a, b, a, b].map((s) =>
        signUpForSession(viewerFor(user!), { sessionId: s.id, confirmation: 'EMAIL_ONLY' }, pool),
      ),
    );
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
    expect(await db.booking.count({ where: { workshopId: workshop.id, userId: user!.id } })).toBe(1);
  });
});
