/** @jest-environment node */
// Benchmarks (not part of `npm test`; run `npm run bench`): the reads behind the learner's busiest pages and the
// login check, on the seeded demo database, as p50/p95 over repeated runs. Figures are printed, never asserted.
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { searchCatalogue } from '@/lib/catalogue/search';
import { db } from '@/lib/db';
import { getDashboard } from '@/lib/records/dashboard';
import { listCourseRecords } from '@/lib/records/queries';
import { listRequiredLearning } from '@/lib/records/required';
import { DEMO_PASSWORD, seed } from '../../prisma/seed';
import { disconnect, resetDb } from '../helpers/db';

const RUNS = 30;
const results: string[] = [];

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  await run(); // warm-up: connection, prepared plans
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  results.push(`${label.padEnd(44)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

let sam: Viewer;

beforeAll(async () => {
  await resetDb();
  await seed(db);
  const user = await db.user.findUniqueOrThrow({
    where: { username: '90011' },
    select: { id: true, sessionVersion: true },
  });
  const viewer = await loadViewer(user.id, user.sessionVersion);
  if (!viewer) throw new Error('The demo learner 90011 is missing from the seed');
  sam = viewer;
}, 180_000);

afterAll(async () => {
  console.log(`Learner page reads, ${RUNS} runs each (seeded demo, learner 90011):\n${results.join('\n')}`);
  await disconnect();
});

test('catalogue search, dashboard, record of learning, required learning and login', async () => {
  const search = await searchCatalogue(sam, { q: 'data protecton' });
  expect(search.items.length).toBeGreaterThan(0);
  await measure('Find Learning search "data protecton"', () => searchCatalogue(sam, { q: 'data protecton' }));
  await measure('Find Learning browse (no query, page 2)', () => searchCatalogue(sam, { page: 2 }));
  await measure('Home dashboard', () => getDashboard(sam));
  await measure('Record of Learning, courses tab', () => listCourseRecords(sam));
  await measure('Required Learning', () => listRequiredLearning(sam));
  await measure('Viewer load (every signed-in request)', () => loadViewer(sam.id, 1));
  const login = await signInWithPassword({ username: '90011', password: DEMO_PASSWORD, ip: null });
  expect(login.ok).toBe(true);
  await measure('Manual login check (argon2id verify)', () =>
    signInWithPassword({ username: '90011', password: DEMO_PASSWORD, ip: null }),
  );
}, 300_000);
