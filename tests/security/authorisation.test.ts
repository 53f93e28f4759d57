/** @jest-environment node */
// The authorisation matrix (issue 15): every page and route handler in the build, for anonymous, a learner,
// another learner, their manager, a manager of someone else, the L&D admin of another team and a site admin, with
// the learner's own / another learner's / another organisation's / a missing id, pages replayed as RSC and prefetch
// requests. Each answer must be what the policy table says (allowed, sent to sign in, forbidden or not found —
// refusals are a 404 so ids reveal nothing) and no body may show another person's data.
import { buildCases, forbiddenMarkers, matrixEndpoints, type Case, type Replay } from './cases';
import { describeSecurity, inBatches, send, signIn, type Answer } from './http';
import { PERSONAS, loadScenario, type Persona, type SignedInPersona } from './scenario-types';
import type { Expectation } from './policy';

const scenario = loadScenario();
const { cases, skipped } = process.env.ILEARN_BROWSER_SKIP ? { cases: [], skipped: [] } : buildCases(scenario);
const endpoints = [...new Set(cases.map((c) => c.endpoint))];
const results = new Map<Case, { answer: Answer; outcome: string }>();
const cookies: Partial<Record<Persona, string>> = {};
let seconds = 0;

const REPLAY_HEADERS: Record<Replay, Record<string, string>> = {
  plain: {},
  rsc: { rsc: '1' },
  prefetch: { rsc: '1', 'next-router-prefetch': '1' },
};
/** Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to it: learnt once. */
const rscQuery: Partial<Record<Replay, string>> = { plain: '' };

const toLogin = (url: string) => /^\/login(\?|$)/.test(url.replace(/^https?:\/\/[^/]+/, ''));

/**
 * What an answer amounts to, in the policy's terms. An RSC answer carries a redirect or "not found" in its payload
 * with status 200; a prefetch of a dynamic page carries only the route tree (nothing of the page to leak).
 */
function outcomeOf(answer: Answer, method: string, replay: Replay): string {
  const { status, location } = answer;
  if (replay !== 'plain' && status === 200) {
    const redirect = /NEXT_REDIRECT;\w+;([^;]*);/.exec(answer.body);
    if (redirect) return toLogin(redirect[1]!) ? 'login' : 'redirect';
    if (/NEXT_HTTP_ERROR_FALLBACK;40[34]/.test(answer.body)) return 'refused';
    const lines = answer.body.split('\n').filter(Boolean);
    if (replay === 'prefetch' && lines.every((l) => /^[0-9a-f]+:(\[\["children",|\{"q":)/.test(l))) return 'route tree';
  }
  if (status >= 500) return `error ${status}`;
  if (status === 401) return 'login';
  if (status >= 300 && status < 400) return toLogin(location) ? 'login' : 'redirect';
  if (status === 403 || status === 404) return 'refused';
  // A POST that got past the authorisation and was refused for its (empty) body.
  if (method !== 'GET' && [400, 409, 422].includes(status)) return 'allowed';
  if (status >= 200 && status < 300) return 'allowed';
  return `status ${status}`;
}

function matches(expected: Expectation, outcome: string): boolean {
  // Nothing of the page was sent, whoever asked (the body is still checked for other people's data).
  if (outcome === 'route tree') return true;
  if (expected === 'forbidden' || expected === 'not-found') return outcome === 'refused';
  return expected === outcome;
}

async function run(c: Case): Promise<void> {
  const headers = { ...REPLAY_HEADERS[c.replay] };
  const query = rscQuery[c.replay] ?? '';
  const body = c.method === 'GET' ? undefined : JSON.stringify(c.body ?? {});
  if (body) headers['content-type'] = 'application/json';
  const answer = await send(`${c.path}${query}`, { method: c.method, cookie: cookies[c.persona], headers, body });
  results.set(c, { answer, outcome: outcomeOf(answer, c.method, c.replay) });
}

beforeAll(async () => {
  if (process.env.ILEARN_BROWSER_SKIP) return;
  const started = Date.now();
  for (const persona of PERSONAS)
    if (persona !== 'anonymous')
      cookies[persona] = await signIn(scenario.personas[persona as SignedInPersona].username);
  for (const replay of ['rsc', 'prefetch'] as const) {
    const probe = await send('/help', { headers: REPLAY_HEADERS[replay] });
    const match = /\?_rsc(=[^&]*)?/.exec(probe.location);
    rscQuery[replay] = match ? match[0] : '';
  }
  await inBatches(
    cases.map((c) => () => run(c)),
    6,
  );
  seconds = (Date.now() - started) / 1000;
}, 600_000);

afterAll(() => {
  if (process.env.ILEARN_BROWSER_SKIP) return;
  const count = (f: (c: Case) => boolean) => cases.filter(f).length;
  const byExpected = ['allowed', 'redirect', 'login', 'forbidden', 'not-found']
    .map((e) => `${e} ${count((c) => c.expected === e)}`)
    .join(', ');
  const byPersona = PERSONAS.map((p) => `${p} ${count((c) => c.persona === p)}`).join(', ');
  console.log(
    [
      `Authorisation matrix: ${cases.length} cases (${endpoints.length} pages and route handlers of ` +
        `${matrixEndpoints().length} in the build) in ${seconds.toFixed(1)} s`,
      `  expected: ${byExpected}`,
      `  personas: ${byPersona}`,
      `  replays: plain ${count((c) => c.replay === 'plain')}, rsc ${count((c) => c.replay === 'rsc')}, prefetch ${count((c) => c.replay === 'prefetch')}`,
      `  ids: own ${count((c) => c.variant === 'own')}, other ${count((c) => c.variant === 'other')}, ` +
        `other organisation ${count((c) => c.variant === 'otherOrg')}, missing ${count((c) => c.variant === 'missing')}`,
      ...(skipped.length ? ['  not tried:', ...skipped.map((s) => `    ${s}`)] : []),
    ].join('\n'),
  );
});

describeSecurity('authorisation matrix', () => {
  it('has at least 300 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it('sees markers where they belong (so the leak check is not blind)', () => {
    const shown = (persona: Persona, endpoint: string, marker: string) =>
      cases
        .filter((c) => c.persona === persona && c.endpoint === endpoint && c.variant === 'own' && c.replay === 'plain')
        .some((c) => results.get(c)?.answer.body.includes(marker));
    expect(shown('manager', 'page /team/members/[userId]', scenario.markers.learner[0]!)).toBe(true);
    expect(shown('siteAdmin', 'page /admin/users/[id]', scenario.markers.learner[0]!)).toBe(true);
    expect(shown('learner', 'page /record-of-learning/evidence', scenario.markers.learner[0]!)).toBe(true);
  });

  it.each(endpoints)('%s: answers as the policy says, with no other person’s data', (endpoint) => {
    const wrong: string[] = [];
    for (const c of cases.filter((x) => x.endpoint === endpoint)) {
      const result = results.get(c);
      if (!result) {
        wrong.push(`${c.persona} ${c.variant} ${c.replay}: not run`);
        continue;
      }
      const label = `${c.persona} ${c.variant} ${c.replay} ${c.method} ${c.path}`;
      if (!matches(c.expected, result.outcome))
        wrong.push(
          `${label}: expected ${c.expected}, got ${result.outcome} (${result.answer.status} ${result.answer.location})`,
        );
      const body = result.answer.body.toLowerCase();
      const leaked = forbiddenMarkers(scenario, c.persona).filter((m) => body.includes(m.toLowerCase()));
      if (leaked.length) wrong.push(`${label}: body shows ${leaked.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
