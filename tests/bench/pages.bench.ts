/** @jest-environment node */
// Issue 13 item 2 (`npm run bench`): the signed-in pages of a production build (`next start`) on the L data set
// (`npm run data:large`), each figure a ratio against floors taken in the same run: the floor page (the
// accessibility statement: same layout, nothing of its own) measured right before each page with the same
// session, and the page's main read run on its own in this process. SQL statements per page are counted on the
// wire by a proxy in front of PostgreSQL. Figures are printed, never asserted.
// BENCH_DATABASE_URL (default: the local ilearn_large database), BENCH_SECONDS (load per figure, default 5),
// BENCH_RUNS (sequential requests, default 20), BENCH_CLIENTS (default 8).
import { BENCH_DATABASE_URL as DATABASE_URL } from './helpers/large-env';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { getCategoryView } from '@/lib/catalogue/categories';
import { getCoursePage } from '@/lib/catalogue/course-page';
import { searchCatalogue } from '@/lib/catalogue/search';
import { db, disconnectDb } from '@/lib/db';
import { getDashboard } from '@/lib/records/dashboard';
import { listCourseRecords } from '@/lib/records/queries';
import { listRequiredLearning } from '@/lib/records/required';
import { getTeamReport } from '@/lib/reports/team-queries';
import { listDirectReports } from '@/lib/team/queries';
import { getSessionAdmin } from '@/lib/workshops/admin-queries';
import { LARGE_PASSWORD } from '../../scripts/lib/large-data';
import { startCountingProxy, type CountingProxy } from './helpers/counting-proxy';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);

const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

let server: ChildProcess | undefined;
let proxy: CountingProxy | undefined;
let base = '';

function request(
  url: string,
  options: { method?: string; cookie?: string; body?: string } = {},
): Promise<{ status: number; body: string; cookies: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const setCookie = res.headers['set-cookie'] ?? [];
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookies: setCookie.map((c) => c.split(';')[0]!),
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function signIn(username: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, username, password: LARGE_PASSWORD, json: 'true', callbackUrl: base });
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    cookie: csrf.cookies.join('; '),
    body: form.toString(),
  });
  const cookies = [...csrf.cookies, ...res.cookies];
  if (!cookies.some((c) => c.includes('session-token'))) throw new Error(`sign-in failed for ${username}`);
  return cookies.join('; ');
}

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

type Load = { p50: number; p95: number; c8p50: number; c8p95: number; rps: number; statements: number };

async function get(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await request(url, { cookie });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

async function load(pathname: string, cookie: string): Promise<Load> {
  const url = `${base}${pathname}`;
  for (let i = 0; i < 3; i += 1) await get(url, cookie);
  const counts: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const before = proxy!.statements();
    await get(url, cookie);
    counts.push(proxy!.statements() - before);
  }
  const one: number[] = [];
  for (let i = 0; i < RUNS; i += 1) one.push(await get(url, cookie));
  one.sort((a, b) => a - b);
  const many: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) many.push(await get(url, cookie));
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  many.sort((a, b) => a - b);
  return {
    p50: quantile(one, 0.5),
    p95: quantile(one, 0.95),
    c8p50: quantile(many, 0.5),
    c8p95: quantile(many, 0.95),
    rps: many.length / elapsed,
    statements: counts.sort((a, b) => a - b)[1]!,
  };
}

async function raw(read: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i += 1) await read();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

async function viewerOf(username: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, sessionVersion: true } });
  const viewer = await loadViewer(user.id, user.sessionVersion);
  if (!viewer) throw new Error(`${username} cannot sign in`);
  return viewer;
}

beforeAll(async () => {
  const people = await db.user.count();
  if (people < 1000) throw new Error(`${DATABASE_URL} has ${people} people: fill it with npm run data:large first`);
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building the app (next build)...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const target = new URL(DATABASE_URL);
  proxy = await startCountingProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(DATABASE_URL);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const port = 3900 + (process.pid % 90);
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: viaProxy.toString(),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      WORKER: 'off',
      APP_URL: base,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef0123456789',
    },
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    if ((await request(`${base}/login`).catch(() => ({ status: 0 }))).status === 200) break;
    if (Date.now() > deadline) throw new Error('next start did not answer');
    await new Promise((r) => setTimeout(r, 500));
  }
}, 900_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await proxy?.close();
  agent.destroy();
  await disconnectDb();
});

test('signed-in pages on L data against same-run floors', async () => {
  const learner300 = await viewerOf('L000001');
  const learner10 = await viewerOf('L000002');
  const manager = await viewerOf('L000040');
  const admin = await viewerOf('L000003');
  const enrolment = await db.enrolment.findFirstOrThrow({
    where: { userId: learner300.id },
    orderBy: { courseId: 'asc' },
    select: { courseId: true, course: { select: { categoryId: true } } },
  });
  const session = await db.workshopSession.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } });
  const cookies = new Map<string, string>();
  for (const v of [learner300, learner10, manager, admin]) cookies.set(v.username, await signIn(v.username));

  const pages: { name: string; viewer: Viewer; path: string; learner: boolean; read: () => Promise<unknown> }[] = [
    { name: 'Home', viewer: learner300, path: '/', learner: true, read: () => getDashboard(learner300) },
    {
      name: 'Record of Learning (300)',
      viewer: learner300,
      path: '/record-of-learning',
      learner: true,
      read: () => listCourseRecords(learner300),
    },
    {
      name: 'Record of Learning (10)',
      viewer: learner10,
      path: '/record-of-learning',
      learner: true,
      read: () => listCourseRecords(learner10),
    },
    {
      name: 'Required Learning',
      viewer: learner300,
      path: '/required-learning',
      learner: true,
      read: () => listRequiredLearning(learner300),
    },
    {
      name: 'course page',
      viewer: learner300,
      path: `/courses/${enrolment.courseId}`,
      learner: true,
      read: () => getCoursePage(learner300, enrolment.courseId),
    },
    {
      name: 'category page',
      viewer: learner300,
      path: `/categories/${enrolment.course.categoryId}`,
      learner: true,
      read: async () => {
        await getCategoryView(learner300, enrolment.course.categoryId);
        await searchCatalogue(learner300, { categoryId: enrolment.course.categoryId, directOnly: true });
      },
    },
    {
      name: 'Find Learning "data protection"',
      viewer: learner300,
      path: '/find-learning?q=data+protection',
      learner: true,
      read: () => searchCatalogue(learner300, { q: 'data protection' }),
    },
    {
      name: 'My Team (manager)',
      viewer: manager,
      path: '/team',
      learner: false,
      read: () => listDirectReports(manager, new Date()),
    },
    {
      name: 'My Team full report (courses)',
      viewer: manager,
      path: '/team/reports/courses',
      learner: false,
      read: () => getTeamReport(manager, 'courses', {}),
    },
    {
      name: 'admin attendee list',
      viewer: admin,
      path: `/admin/workshops/sessions/${session.id}`,
      learner: false,
      read: () => getSessionAdmin(admin, session.id),
    },
  ];

  const rows: string[][] = [];
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
  const results = new Map<string, Load>();
  const floors: Load[] = [];
  const viewerFloorRaw = await raw(() => loadViewer(learner300.id, 1));
  for (const page of pages) {
    const cookie = cookies.get(page.viewer.username)!;
    const floor = await load('/accessibility', cookie);
    floors.push(floor);
    const measured = await load(page.path, cookie);
    results.set(page.name, measured);
    const rawMs = await raw(page.read);
    const misses: string[] = [];
    if (page.learner && measured.statements > 8) misses.push('statements');
    if (measured.c8p95 > 3 * floor.c8p95) misses.push('p95');
    if (measured.rps < 0.5 * floor.rps) misses.push('throughput');
    rows.push([
      page.name,
      String(measured.statements),
      `${fmt(measured.p50)} / ${fmt(floor.p50)}`,
      ratio(measured.p50, floor.p50),
      ratio(measured.p95, floor.p95),
      `${fmt(measured.c8p95)} / ${fmt(floor.c8p95)}`,
      ratio(measured.c8p95, floor.c8p95),
      `${fmt(measured.rps, 1)} / ${fmt(floor.rps, 1)}`,
      ratio(measured.rps, floor.rps),
      fmt(rawMs, 1),
      ratio(measured.p50, rawMs),
      misses.length === 0 ? 'met' : `missed: ${misses.join(', ')}`,
    ]);
  }
  const floorStatements = floors[0]!.statements;
  const head = [
    'page',
    'SQL',
    'p50 ms (1 client) page / floor',
    'p50 ×floor',
    'p95 ×floor',
    `p95 ms (${CLIENTS} clients) page / floor`,
    `p95 ×floor (${CLIENTS})`,
    `req/s (${CLIENTS}) page / floor`,
    'req/s ×floor',
    'main read alone p50 ms',
    'page p50 ×read',
    'targets',
  ];
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const rol300 = results.get('Record of Learning (300)')!;
  const rol10 = results.get('Record of Learning (10)')!;
  const [load1] = (await import('node:os')).loadavg();
  console.log(
    `Signed-in pages on ${new URL(DATABASE_URL).pathname.slice(1)} (next start, ${CLIENTS} clients for ${SECONDS} s, ` +
      `${RUNS} sequential requests; load average ${load1!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)\n` +
      `Floor: /accessibility signed in, ${floorStatements} SQL statements; viewer load alone p50 ${viewerFloorRaw.toFixed(1)} ms\n\n` +
      `${table}\n\n` +
      `Record of Learning 300 vs 10 enrolments: p50 ${ratio(rol300.p50, rol10.p50)}×, p95 (${CLIENTS}) ` +
      `${ratio(rol300.c8p95, rol10.c8p95)}×, req/s ${ratio(rol300.rps, rol10.rps)}× (target: 300 ≤ 1.5× 10)`,
  );
}, 1_800_000);
