/** @jest-environment node */
// Bad input (issue 15): every server action and route handler in the build gets at least 40 malformed payloads
// generated from its zod schema (the wrappers record it: endpointSchemaOf), sent over HTTP by the persona its
// policy row allows (actions by their build id with the `Next-Action` header). None may answer 500 (or an action's
// "Something went wrong on our side"), and a refusal changes nothing: a checksum of every table is compared.
import pg from 'pg';
import type { ZodType } from 'zod';
import { endpointSchemaOf } from '@/lib/auth/action';
import {
  actionWorkers,
  buildEndpoints,
  urlPattern,
  type ActionEndpoint,
  type RouteEndpoint,
} from '../helpers/endpoints';
import { describeSecurity, callAction, inBatches, send, signIn, type Answer } from './http';
import { malformedForms, malformedJson, malformedSegments, type Payload } from './malformed';
import { policyRowOf, type PolicyRow } from './policy';
import { loadScenario, type Persona, type SignedInPersona } from './scenario-types';

const skip = !!process.env.ILEARN_BROWSER_SKIP;
const scenario = loadScenario();
const endpoints = skip ? [] : buildEndpoints();
const actions = endpoints.filter((e): e is ActionEndpoint => e.kind === 'action');
const routes = endpoints.filter((e): e is RouteEndpoint => e.kind === 'route');
const cookies: Partial<Record<Persona, string>> = {};
let database: pg.Client | undefined;
const tried: { endpoint: string; payloads: number; seconds: number; accepted: number }[] = [];

/** Who sends an endpoint's payloads: someone it lets in, so the input itself is what is tested. */
function senderOf(row: PolicyRow): Persona {
  switch (row.who) {
    case 'anyone':
    case 'signed-out':
    case 'token':
    case 'probe':
      return 'anonymous';
    case 'signed-in':
      return 'learner';
    case 'manager':
      return 'manager';
    default:
      return 'siteAdmin';
  }
}

/** Other people's ids for the kinds of record the row names (another learner's, another organisation's). */
function otherIdsOf(row: PolicyRow): string[] {
  const ids = new Set<string>();
  for (const kind of Object.values(row.ids ?? {}))
    for (const variant of ['other', 'otherOrg'] as const) {
      const id = scenario.kinds[kind]?.[variant];
      if (id !== undefined) ids.add(String(id));
    }
  ids.add(String(scenario.personas.otherLearner?.id ?? 1));
  return [...ids];
}

/** A checksum of every table (bar the rate limiter's counters), to prove a refusal changed nothing. */
async function checksums(): Promise<Record<string, string>> {
  if (!database) return {};
  const { rows: tables } = await database.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
     AND tablename NOT IN ('RateLimiterFlexible', '_prisma_migrations') ORDER BY 1`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS sum FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  const { rows } = await database.query<{ name: string; sum: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

type Sent = { label: string; answer: Answer };
const isError = (a: Answer) => a.status >= 500 || a.body.includes('Something went wrong on our side');
/** An action's success: `{ ok: true }` in its result, or a redirect to where the form goes next. */
const isAccepted = (a: Answer) =>
  a.actionRedirect !== '' ||
  (a.status >= 300 && a.status < 400) ||
  /"ok":true/.test(a.body) ||
  (a.status === 200 && a.contentType.includes('text/calendar'));

/**
 * Sends the payloads (a few at a time), then compares the tables. When some were accepted (and may have changed
 * the database), the refused ones are sent again on their own so their checksum means something.
 */
async function sendAndCompare(endpoint: string, send: (i: number) => Promise<Answer>, labels: string[]) {
  const started = Date.now();
  const before = await checksums();
  const answers = await inBatches(
    labels.map((_, i) => () => send(i)),
    6,
  );
  let sent: Sent[] = answers.map((answer, i) => ({ label: labels[i]!, answer }));
  let after = await checksums();
  const accepted = sent.filter((s) => isAccepted(s.answer) && !isError(s.answer));
  let refusedAgain = before;
  if (accepted.length > 0) {
    const refused = sent.map((s, i) => ({ ...s, i })).filter((s) => !isAccepted(s.answer));
    refusedAgain = await checksums();
    const again = await inBatches(
      refused.map((s) => () => send(s.i)),
      6,
    );
    after = await checksums();
    sent = [...accepted, ...again.map((answer, j) => ({ label: refused[j]!.label, answer }))];
  }
  tried.push({ endpoint, payloads: labels.length, seconds: (Date.now() - started) / 1000, accepted: accepted.length });
  return {
    errors: sent
      .filter((s) => isError(s.answer))
      .map((s) => `${s.label}: HTTP ${s.answer.status} ${s.answer.body.slice(0, 200)}`),
    changed: changedTables(accepted.length > 0 ? refusedAgain : before, after),
    accepted: accepted.map((s) => s.label),
  };
}

/** The page an action is posted to: one that uses it, its URL segments filled with any id. */
function pageOf(action: ActionEndpoint): string {
  const worker = actionWorkers()[action.id!]?.find((w) => w.endsWith('/page')) ?? 'app/page';
  return urlPattern(worker).replace(/\[(?:\.\.\.)?\w+\]/g, '1');
}

async function schemaOf(action: ActionEndpoint) {
  const module = (await import(`@/${action.file.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>;
  return endpointSchemaOf(module[action.name]);
}

beforeAll(async () => {
  if (skip) return;
  for (const persona of ['learner', 'manager', 'siteAdmin'] as const)
    cookies[persona] = await signIn(scenario.personas[persona as SignedInPersona].username);
  if (process.env.SECURITY_DATABASE_URL) {
    database = new pg.Client({ connectionString: process.env.SECURITY_DATABASE_URL });
    await database.connect();
  } else console.warn('Bad input: embedded database, so no table checksums (set TEST_DATABASE_URL)');
}, 120_000);

afterAll(async () => {
  await database?.end();
  if (skip) return;
  const payloads = tried.reduce((n, t) => n + t.payloads, 0);
  const seconds = tried.reduce((n, t) => n + t.seconds, 0);
  const slowest = [...tried].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
  console.log(
    [
      `Bad input: ${payloads} malformed payloads to ${tried.length} endpoints (${actions.length} server actions, ` +
        `${routes.length} route handler methods) in ${seconds.toFixed(1)} s; table checksums ${database ? 'compared' : 'skipped'}`,
      `  accepted anyway (valid after all, e.g. an unknown field ignored): ${tried.reduce((n, t) => n + t.accepted, 0)}`,
      `  slowest: ${slowest.map((t) => `${t.endpoint} ${t.seconds.toFixed(1)} s`).join('; ')}`,
    ].join('\n'),
  );
});

describeSecurity('bad input: server actions', () => {
  it.each(actions.map((a) => [a.key, a] as const))(
    '%s',
    async (_key, action) => {
      const row = policyRowOf(action.key);
      expect(row).toBeDefined();
      const info = await schemaOf(action);
      expect(info).toBeDefined(); // built by a wrapper, so its schema is known
      const payloads: Payload[] = malformedForms(info!.schema as ZodType, otherIdsOf(row!), 45);
      expect(payloads.length).toBeGreaterThanOrEqual(40);
      const page = pageOf(action);
      const cookie = cookies[senderOf(row!)];
      const withPreviousState = info!.kind !== 'button';
      const result = await sendAndCompare(
        action.key,
        (i) => callAction(page, action.id!, payloads[i]!.fields, { cookie, withPreviousState }),
        payloads.map((p) => p.label),
      );
      expect(result.errors).toEqual([]);
      expect(result.changed).toEqual([]);
    },
    120_000,
  );
});

describeSecurity('bad input: route handlers', () => {
  it.each(routes.map((r) => [r.key, r] as const))(
    '%s',
    async (_key, route) => {
      const row = policyRowOf(route.key)!;
      expect(row).toBeDefined();
      const cookie = cookies[senderOf(row)];
      const requests: { label: string; path: string; body?: string }[] = [];
      const segmentNames = [...route.path.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!);
      const fill = (bad?: { name: string; value: string }) =>
        route.path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
          if (bad?.name === name) return bad.value;
          const kind = row.ids?.[name];
          return row.fixed?.[name] ?? String((kind && scenario.kinds[kind]?.own) ?? 1);
        });
      for (const name of segmentNames)
        for (const [label, value] of malformedSegments(otherIdsOf(row)))
          requests.push({ label: `[${name}] ${label}`, path: fill({ name, value }) });
      for (const [label, query] of QUERIES) requests.push({ label: `query ${label}`, path: `${fill()}?${query}` });
      if (route.method !== 'GET')
        for (const { label, body } of malformedJson(row.body, otherIdsOf(row)))
          requests.push({ label: `body ${label}`, path: fill(), body });
      while (requests.length < 40)
        requests.push({
          label: `query junk #${requests.length}`,
          path: `${fill()}?n=${'%FF'.repeat(requests.length)}`,
        });
      const result = await sendAndCompare(
        route.key,
        (i) =>
          send(requests[i]!.path, {
            method: route.method,
            cookie,
            headers:
              route.method === 'GET'
                ? {}
                : { 'content-type': 'application/json', origin: process.env.BROWSER_BASE_URL! },
            body: route.method === 'GET' ? undefined : (requests[i]!.body ?? '{}'),
          }),
        requests.map((r) => r.label),
      );
      expect(result.errors).toEqual([]);
      // GET changes nothing (STYLE.md), whatever it is sent; other methods only when they refuse.
      expect(result.changed).toEqual([]);
    },
    120_000,
  );
});

const QUERIES: [string, string][] = [
  ['negative page', 'page=-1'],
  ['huge page', 'page=99999999999'],
  ['NUL', 'q=%00'],
  ['prototype key', '__proto__=x&constructor=y'],
  ['array syntax', 'a[]=1&a[]=2'],
  ['repeated', 'sort=a&sort=b'],
  ['bad escape', 'q=%zz'],
  ['huge value', `q=${'x'.repeat(8000)}`],
  ['impossible date', 'from=2026-02-31&to=2026-13-01'],
  ['unknown status', 'status=NOT_A_STATUS&format=exe'],
  ['other person', `userId=${2}&id=3`],
  ['open redirect', 'callbackUrl=https%3A%2F%2Fevil.example%2F'],
  ['bidi', 'q=%E2%80%AEabc'],
  ['limit', 'limit=1e9&offset=-5'],
  ['script', 'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
];
