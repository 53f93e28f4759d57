/** @jest-environment node */
// Every route handler (found in app/, so a new one is covered on its first day) and the quiz and admin-user
// actions, against the real database: anonymous, temporary password, malformed ids, missing and other people's
// records. Issue 9 item 1 (a temporary password could autosave and download) and issue 15 item 5 (malformed ids).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { startAttempt } from '@/lib/quiz/commands';
import { MAX_ID } from '@/lib/validation';
import { disconnect, resetDb } from '../../helpers/db';
import { enrol, makeCourse, makeQuiz, makeUser, standardQuestions } from '../../factories/quiz';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({ getViewer: async () => current }));

const ROOT = join(__dirname, '../../..');
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(`${dir}/${e.name}`) : e.name === 'route.ts' ? [`${dir}/${e.name}`] : [],
  );
}
// Not session routes: token routes (publicRoute: the calendar feed; their own tests cover bad tokens) and the
// load balancer's probes (probeRoute: /healthz, /readyz; no session, no input, nothing personal; see
// tests/unit/auth/endpoints-wrapped.test.ts and tests/integration/ops/health.test.ts).
const ROUTES = routeFiles('app').filter(
  (f) => !f.includes('[...nextauth]') && !/\b(publicRoute|probeRoute)\(/.test(readFileSync(join(ROOT, f), 'utf8')),
);

/** The URL of a route file with each [segment] filled in. */
function urlOf(file: string, value: (segment: string) => string) {
  const params: Record<string, string> = {};
  const path = file
    .replace(/^app/, '')
    .replace(/\/route\.ts$/, '')
    .split('/')
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => {
      const m = /^\[(\w+)\]$/.exec(s);
      if (!m) return s;
      params[m[1]!] = value(m[1]!);
      return encodeURIComponent(params[m[1]!]!);
    })
    .join('/');
  return { url: `http://app.test${path}`, params };
}

async function call(file: string, method: string, value: (segment: string) => string, json?: unknown) {
  const body = method === 'GET' ? undefined : json;
  const handlers = (await import(`@/${file.replace(/\.ts$/, '')}`)) as Record<string, Handler>;
  const { url, params } = urlOf(file, value);
  const request = new NextRequest(url, {
    method,
    headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return handlers[method]!(request, { params: Promise.resolve(params) });
}

async function methodsOf(file: string): Promise<string[]> {
  const handlers = (await import(`@/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => typeof handlers[m] === 'function');
}

let learner: Viewer;
let other: Viewer;
let attemptId: number;
let activityId: number;

beforeAll(async () => {
  await resetDb();
  learner = await makeUser();
  other = await makeUser();
  const course = await makeCourse();
  const quiz = await makeQuiz(course.id, standardQuestions());
  activityId = quiz.activity.id;
  await enrol(learner.id, course.id);
  ({ attemptId } = await startAttempt(learner, activityId));
});
afterAll(disconnect);

const indexOrId = (bad: string) => (segment: string) => (segment === 'index' ? '0' : bad);

describe('every route handler', () => {
  it('is found', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(ROUTES)('%s refuses anonymous (401) and a temporary password (403), before any lookup', async (file) => {
    for (const method of await methodsOf(file)) {
      current = null;
      expect((await call(file, method, indexOrId(String(attemptId)), { answers: [] })).status).toBe(401);
      current = { ...learner, mustChangePassword: true };
      const refused = await call(file, method, indexOrId(String(attemptId)), { answers: [] });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: expect.stringMatching(/temporary password/) });
    }
  });

  it.each(ROUTES)('%s answers malformed and out-of-range ids with 404, never 500', async (file) => {
    current = learner;
    for (const method of await methodsOf(file)) {
      for (const bad of ['abc', '0x10', ' 7 ', '1e3', '99999999999', '0', '-1']) {
        expect([file, bad, (await call(file, method, indexOrId(bad), { answers: [] })).status]).toEqual([
          file,
          bad,
          404,
        ]);
      }
    }
  });

  it.each(ROUTES)('%s answers a missing record, or one that is not the viewer’s, with 404', async (file) => {
    for (const method of await methodsOf(file)) {
      current = learner;
      // A body that does not fit the route's schema may be refused (400) before the lookup; never a 200 or 500.
      expect([400, 404]).toContain((await call(file, method, indexOrId(String(MAX_ID)), { answers: [] })).status);
      current = other;
      expect([400, 404]).toContain((await call(file, method, indexOrId(String(attemptId)), { answers: [] })).status);
    }
  });
});

describe('quiz autosave', () => {
  const SAVE = 'app/(learner)/quiz/attempts/[attemptId]/save/route.ts';
  const savedPage = async () =>
    (await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentPage: true } })).currentPage;

  it('saves for the learner, but not on a temporary password, and refuses a malformed body with 400', async () => {
    current = { ...learner, mustChangePassword: true };
    expect((await call(SAVE, 'POST', () => String(attemptId), { answers: [], currentPage: 2 })).status).toBe(403);
    expect(await savedPage()).not.toBe(2);
    current = learner;
    expect((await call(SAVE, 'POST', () => String(attemptId), { answers: 'x' })).status).toBe(400);
    for (const slot of ['0x10', 1.5, 99999999999, ' 7 ']) {
      const response = await call(SAVE, 'POST', () => String(attemptId), { answers: [{ slot, choiceIds: [] }] });
      expect(response.status).toBe(400);
    }
    const saved = await call(SAVE, 'POST', () => String(attemptId), { answers: [], currentPage: 2 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ status: 'saved' });
    expect(await savedPage()).toBe(2);
  });
});

describe('malformed ids to the quiz and admin-user actions get a field message', () => {
  const fd = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it.each(['abc', '0x10', ' 7 ', '1e3', '99999999999', ''])('quiz start and finish with activityId %p', async (bad) => {
    current = learner;
    const { startAttemptAction, finishAttemptAction } = await import('@/app/(learner)/quiz/actions');
    for (const result of [
      await startAttemptAction(undefined, fd({ activityId: bad })),
      await finishAttemptAction(undefined, fd({ attemptId: String(attemptId), activityId: bad })),
    ]) {
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { activityId: expect.stringMatching(/Reload the page/) },
      });
      expect(result.ok ? '' : result.message).not.toMatch(/Something went wrong/);
    }
  });

  it.each(['abc', '0x10', '99999999999'])('admin user actions with id %p', async (bad) => {
    current = await makeUser({ isSiteAdmin: true });
    const actions = await import('@/app/admin/users/actions');
    for (const action of [
      actions.suspendUserAction,
      actions.unlockUserAction,
      actions.resetPasswordAction,
      actions.setRolesAction,
      actions.updateUserAction,
    ]) {
      const result = await action(undefined, fd({ id: bad, firstName: 'A', lastName: 'B', organisationId: '1' }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { id: expect.stringMatching(/Reload the page/) } });
    }
  });
});
