/** @jest-environment node */
// Benchmark (issue 12 item 9; `npm run bench -- team-export`): the 100,000-row My Team courses export (a
// manager with 1,000 direct reports on 100 courses each) streamed to CSV and to Excel, timed against
// PostgreSQL's `COPY (<the same query>) TO STDOUT` read by a client in the same run, and the peak extra memory
// (resident set size above the level before the export). Targets: CSV ≤ 3×, XLSX ≤ 10×, < 200 MB extra.
// Figures are printed; the memory bound and row counts are asserted.
import pg from 'pg';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { teamReportExport, teamReportSql } from '@/lib/reports/team-queries';
import { viewerFor } from '../factories/learning';
import { disconnect, resetDb } from '../helpers/db';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000);
const COURSES = Number(process.env.BENCH_COURSES ?? 100);
const ROWS = PEOPLE * COURSES;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const lines: string[] = [];
let manager: Viewer;

beforeAll(async () => {
  await resetDb();
  const org = await db.organisation.create({ data: { slug: 'bench', name: 'Bench Council', shortName: 'Bench' } });
  const boss = await db.user.create({
    data: { username: 'bench-manager', firstName: 'Bench', lastName: 'Manager', organisationId: org.id },
  });
  const category = await db.category.create({ data: { name: 'Bench', path: '/', depth: 0 } });
  await db.$executeRaw`INSERT INTO "User" (username, "firstName", "lastName", "organisationId", "lastLoginAt", "updatedAt")
    SELECT 'bench-' || g, 'First' || g, 'Last' || lpad(g::text, 5, '0'), ${org.id}, now() - (g || ' hours')::interval, now()
    FROM generate_series(1, ${PEOPLE}) g`;
  await db.$executeRaw`INSERT INTO "JobAssignment" ("userId", "managerId", "idNumber", "isPrimary", title, "updatedAt")
    SELECT id, ${boss.id}, 'primary', true, 'Officer', now() FROM "User" WHERE username LIKE 'bench-%' AND id <> ${boss.id}`;
  await db.$executeRaw`INSERT INTO "Course" ("shortName", "fullName", "categoryId", "updatedAt")
    SELECT 'B' || g, 'Bench course ' || g || ': health, safety & wellbeing', ${category.id}, now()
    FROM generate_series(1, ${COURSES}) g`;
  await db.$executeRaw`INSERT INTO "CourseCompletion" ("userId", "courseId", status, "progressPercent",
      "timeEnrolled", "timeStarted", "timeCompleted", "updatedAt")
    SELECT u.id, c.id,
      (CASE (u.id + c.id) % 3 WHEN 0 THEN 'COMPLETE' WHEN 1 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END)::"CourseCompletionStatus",
      (u.id * c.id) % 100, now() - interval '400 days', now() - interval '300 days',
      CASE WHEN (u.id + c.id) % 3 = 0 THEN now() - ((u.id % 200) || ' days')::interval END, now()
    FROM "User" u CROSS JOIN "Course" c WHERE u.username LIKE 'bench-%' AND u.id <> ${boss.id}`;
  await db.$executeRawUnsafe('ANALYZE');
  manager = await viewerFor(boss.id);
}, 600_000);

afterAll(async () => {
  console.log(`My Team courses export, ${ROWS.toLocaleString('en-GB')} rows, median of ${RUNS}:\n${lines.join('\n')}`);
  await disconnect();
});

/** The report's SQL with its parameters written in, for COPY (which takes none). */
function inline(sql: string, values: unknown[]): string {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (v instanceof Date) return `'${v.toISOString()}'`;
    if (Array.isArray(v)) return `ARRAY[${v.map(literal).join(',')}]::int[]`;
    return `'${String(v).replaceAll("'", "''")}'`;
  };
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]));
}

async function copyOut(sql: string): Promise<{ ms: number; bytes: number; rows: number }> {
  const client = new pg.Client({ connectionString: getEnv().databaseUrl });
  await client.connect();
  try {
    let bytes = 0;
    let rows = 0;
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const query = new pg.Query(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`);
      (query as unknown as { handleCopyData: (m: { chunk: Buffer }) => void }).handleCopyData = (m) => {
        bytes += m.chunk.length;
        for (const b of m.chunk) if (b === 10) rows++;
      };
      query.on('end', () => resolve());
      query.on('error', reject);
      client.query(query);
    });
    return { ms: performance.now() - started, bytes, rows: rows - 1 };
  } finally {
    await client.end();
  }
}

/** Reads a streamed export to the end, sampling resident memory every 10 ms. */
async function download(format: 'csv' | 'xlsx') {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const response = await teamReportExport(manager, 'courses', {}, format);
  let bytes = 0;
  let newlines = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (format === 'csv') for (const b of value) if (b === 10) newlines++;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, bytes, rows: newlines - 1, extraMb: (peak - baseline) / 1048576 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('CSV and XLSX export against COPY, with peak memory', async () => {
  const { sql } = await teamReportSql(manager, 'courses', {});
  const copySql = inline(sql.text, sql.values);
  await copyOut(copySql); // warm the cache and plans
  await download('csv');
  const copies: number[] = [];
  const csv: number[] = [];
  const xlsx: number[] = [];
  let csvMb = 0;
  let xlsxMb = 0;
  let csvBytes = 0;
  let xlsxBytes = 0;
  let copyBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const copy = await copyOut(copySql);
    expect(copy.rows).toBe(ROWS);
    copies.push(copy.ms);
    copyBytes = copy.bytes;
    const c = await download('csv');
    expect(c.rows).toBe(ROWS);
    csv.push(c.ms);
    csvMb = Math.max(csvMb, c.extraMb);
    csvBytes = c.bytes;
    const x = await download('xlsx');
    xlsx.push(x.ms);
    xlsxMb = Math.max(xlsxMb, x.extraMb);
    xlsxBytes = x.bytes;
  }
  const base = median(copies);
  const mb = (n: number) => (n / 1048576).toFixed(1);
  lines.push(`COPY ... TO STDOUT (csv): ${base.toFixed(0)} ms, ${mb(copyBytes)} MB`);
  lines.push(
    `CSV export:  ${median(csv).toFixed(0)} ms = ${(median(csv) / base).toFixed(2)}× COPY (target ≤ 3×), ${mb(csvBytes)} MB, peak extra RSS ${csvMb.toFixed(0)} MB`,
  );
  lines.push(
    `XLSX export: ${median(xlsx).toFixed(0)} ms = ${(median(xlsx) / base).toFixed(2)}× COPY (target ≤ 10×), ${mb(xlsxBytes)} MB, peak extra RSS ${xlsxMb.toFixed(0)} MB`,
  );
  expect(Math.max(csvMb, xlsxMb)).toBeLessThan(200);
}, 1_200_000);
