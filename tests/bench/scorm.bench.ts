/** @jest-environment node */
// Benchmarks for eLearning (not part of `npm test`; `npm run bench -- tests/bench/scorm.bench.ts`):
// 1. 100 learners each commit every 5 s for 60 s, as scorm-again does (plus the retries and late duplicates a
//    flaky network makes): commit p50/p95/max, and every learner's stored track checked against their last commit.
// 2. Uploading and validating a 100 MB package (streamed from disk, unpacked to a local store) in a process of its
//    own: time, and its peak resident memory before and after (the extra memory the upload needed). Figures are printed; only the "nothing lost
//    or reordered" and "under 150 MB" promises are asserted.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { ZipFile } from 'yazl';
import { db } from '@/lib/db';
import { commitScormAttempt, launchScormAttempt } from '@/lib/scorm/commands';
import { demoManifest } from '../../prisma/seed/scorm/build';
import { enrol, makeLearner } from '../factories/learning';
import { makeScormCourse } from '../factories/scorm';
import { disconnect, resetDb } from '../helpers/db';

const LEARNERS = 100;
const INTERVAL_MS = 5_000;
const DURATION_MS = 60_000;
const results: string[] = [];
const execFileAsync = promisify(execFile);
const ROOT = path.join(__dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ilearn-scorm-bench-'));

beforeAll(resetDb);
afterAll(async () => {
  console.log(`eLearning benchmarks:\n${results.join('\n')}`);
  rmSync(work, { recursive: true, force: true });
  await disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function cmiAt(n: number) {
  return {
    cmi: {
      suspend_data: JSON.stringify({ page: n, answers: Array.from({ length: 12 }, (_, i) => `q${i}:${n % 4}`) }),
      core: {
        lesson_status: 'incomplete',
        lesson_location: `page-${n}`,
        exit: 'suspend',
        session_time: '00:00:05',
        score: { raw: '', min: '0', max: '100' },
      },
      objectives: { '0': { id: 'intro', status: n > 3 ? 'completed' : 'incomplete', score: { raw: '' } } },
      interactions: {},
    },
  };
}

test('100 learners committing every 5 s for 60 s: nothing lost or reordered', async () => {
  const s = await makeScormCourse();
  const learners = [s.learner];
  for (let i = 1; i < LEARNERS; i += 1) {
    const learner = await makeLearner();
    await enrol(learner.user.id, s.course.id);
    learners.push(learner);
  }
  const attempts = await Promise.all(
    learners.map((l) => launchScormAttempt(l.viewer, { activityId: s.activity.id, newAttempt: false })),
  );
  const latencies: number[] = [];
  let refusedNewer = 0;
  let ignoredStale = 0;
  const started = performance.now();
  const lastSeqs = await Promise.all(
    learners.map(async (learner, i) => {
      const attemptId = attempts[i]!.attemptId;
      await sleep((INTERVAL_MS * i) / LEARNERS); // spread the learners over the interval, as real ones are
      let seq = 0;
      while (performance.now() - started < DURATION_MS) {
        seq += 1;
        const t0 = performance.now();
        const result = await commitScormAttempt(learner.viewer, { attemptId, seq, terminate: false, cmi: cmiAt(seq) });
        latencies.push(performance.now() - t0);
        if (!result.stored) refusedNewer += 1;
        // Every third commit, the browser's retry of an older commit arrives late: it must change nothing.
        if (seq % 3 === 0 && seq > 1) {
          const late = await commitScormAttempt(learner.viewer, {
            attemptId,
            seq: seq - 1,
            terminate: false,
            cmi: cmiAt(seq - 1),
          });
          if (!late.stored) ignoredStale += 1;
        }
        await sleep(Math.max(0, INTERVAL_MS - (performance.now() - t0)));
      }
      return seq;
    }),
  );
  const rows = await db.scormAttempt.findMany({
    where: { id: { in: attempts.map((a) => a.attemptId) } },
    select: { id: true, commitSeq: true, location: true, suspendData: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  let wrong = 0;
  lastSeqs.forEach((last, i) => {
    const row = byId.get(attempts[i]!.attemptId);
    const expected = cmiAt(last).cmi;
    if (
      row?.commitSeq !== last ||
      row.location !== expected.core.lesson_location ||
      row.suspendData !== expected.suspend_data
    )
      wrong += 1;
  });
  const total = lastSeqs.reduce((a, b) => a + b, 0);
  latencies.sort((a, b) => a - b);
  results.push(
    `Commits: ${LEARNERS} learners x every ${INTERVAL_MS / 1000} s x ${DURATION_MS / 1000} s = ${total} commits` +
      ` (+${ignoredStale} late duplicates)`,
    `  commit latency p50 ${pct(latencies, 0.5).toFixed(1)} ms, p95 ${pct(latencies, 0.95).toFixed(1)} ms,` +
      ` max ${pct(latencies, 1).toFixed(1)} ms`,
    `  new commits refused: ${refusedNewer}; late duplicates ignored: ${ignoredStale}; learners whose stored` +
      ` track is not their last commit: ${wrong}`,
  );
  expect(refusedNewer).toBe(0);
  expect(wrong).toBe(0);
  expect(total).toBeGreaterThanOrEqual(LEARNERS * (DURATION_MS / INTERVAL_MS - 1));
}, 240_000);

/** Writes a SCORM 1.2 zip of about `mb` MB of incompressible media to disk, streamed (never in memory). */
async function writeBigPackage(file: string, mb: number): Promise<void> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(demoManifest('SCORM_12')), 'imsmanifest.xml');
  for (const name of ['index.html', 'course.js', 'course.css']) zip.addBuffer(Buffer.from(`/* ${name} */`), name);
  const chunk = 256 * 1024;
  for (let f = 0; f < mb / 2; f += 1) {
    let left = 2 * 1024 * 1024;
    const media = new Readable({
      read() {
        if (left <= 0) return void this.push(null);
        left -= chunk;
        this.push(randomBytes(chunk));
      },
    });
    zip.addReadStream(media, `media/video-${String(f).padStart(3, '0')}.mp4`, { compress: false });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

test('uploading and validating a 100 MB package streams it (extra memory under 150 MB)', async () => {
  const file = path.join(work, 'big.zip');
  await writeBigPackage(file, 100);
  const size = statSync(file).size;
  // A fresh process does the upload alone, so its peak resident memory is the upload's and nothing else's.
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(__dirname, 'helpers/upload-package.ts'),
      file,
      path.join(work, 'store'),
    ],
    { cwd: ROOT, maxBuffer: 1024 * 1024 },
  );
  const run = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    seconds: number;
    before: number;
    after: number;
    files: number;
    bytes: number;
  };
  const extraMb = (run.after - run.before) / 1024;
  results.push(
    `Upload: ${(size / 1024 / 1024).toFixed(1)} MB zip (${run.files} files, ${(run.bytes / 1024 / 1024).toFixed(1)} MB unpacked):` +
      ` received + validated + unpacked in ${run.seconds.toFixed(2)} s (${(size / 1024 / 1024 / run.seconds).toFixed(0)} MB/s);` +
      ` peak resident memory ${(run.before / 1024).toFixed(0)} MB before, ${(run.after / 1024).toFixed(0)} MB after: +${extraMb.toFixed(1)} MB`,
  );
  expect(run.bytes).toBeGreaterThan(100 * 1000 * 1000);
  expect(extraMb).toBeLessThan(150);
}, 240_000);
