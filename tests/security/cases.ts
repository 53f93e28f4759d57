// Builds the authorisation matrix's cases from the build's endpoints and the policy table: every page and route
// handler, for every persona, with the learner's own / another learner's / another organisation's / a missing id,
// pages also replayed as React Server Component and prefetch requests.
import { buildEndpoints, hasBuild, type Endpoint } from '../helpers/endpoints';
import { expectedOutcome, policyRowOf, type Expectation, type PolicyRow } from './policy';
import { PERSONAS, VARIANTS, type Persona, type Scenario, type Variant } from './scenario-types';

export type Replay = 'plain' | 'rsc' | 'prefetch';

export type Case = {
  endpoint: string;
  persona: Persona;
  variant: Variant;
  replay: Replay;
  method: string;
  path: string;
  body?: unknown;
  expected: Expectation;
};

/** Pages and route handlers in the build (the matrix needs a build: CI builds before testing). */
export function matrixEndpoints(): Endpoint[] {
  if (!hasBuild()) throw new Error('No build in .next: the security tier runs against `next build` output');
  return buildEndpoints().filter((e) => e.kind !== 'action');
}

/** The URL of a pattern with its segments filled in, or null when the scenario has no record for the variant. */
export function fillPath(
  pattern: string,
  row: PolicyRow,
  scenario: Scenario,
  variant: Variant,
  segments: Record<string, string> = {},
): string | null {
  let missing = false;
  const path = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const fixed = row.fixed?.[name];
    if (fixed !== undefined) return (segments[name] = fixed);
    const kind = row.ids?.[name];
    const value = kind ? scenario.kinds[kind]?.[variant] : undefined;
    if (value === undefined) {
      missing = true;
      return '';
    }
    return (segments[name] = String(value));
  });
  return missing ? null : path;
}

/** The variants a row is tried with: all four when it takes ids (those the scenario has), else one. */
export function variantsOf(row: PolicyRow): Variant[] {
  return row.ids && Object.keys(row.ids).length > 0 ? [...VARIANTS] : ['own'];
}

/** Refused whatever the id: not signed in, or not in the endpoint's audience. */
function isAudienceRefusal(row: PolicyRow, persona: Persona): boolean {
  const own = expectedOutcome(row, persona, 'own');
  const missing = expectedOutcome(row, persona, 'missing');
  return own === missing && (own === 'login' || own === 'forbidden');
}

export function buildCases(scenario: Scenario): { cases: Case[]; skipped: string[] } {
  const cases: Case[] = [];
  const skipped: string[] = [];
  for (const endpoint of matrixEndpoints()) {
    if (endpoint.kind === 'action') continue;
    const row = policyRowOf(endpoint.key);
    if (!row) throw new Error(`No policy row for ${endpoint.key} (tests/security/policy.ts)`);
    if (row.skipMatrix) {
      skipped.push(`${endpoint.key}: ${row.why ?? 'skipped'}`);
      continue;
    }
    const method = endpoint.kind === 'route' ? endpoint.method : 'GET';
    const replays: Replay[] = endpoint.kind === 'page' ? ['plain', 'rsc', 'prefetch'] : ['plain'];
    const variants = variantsOf(row);
    // Replayed as RSC and prefetch requests: the refusals (where a leak would matter), with the first real id.
    const replayVariant = variants.find((v) => v !== 'missing' && fillPath(endpoint.path, row, scenario, v) !== null);
    for (const variant of variants) {
      const segments: Record<string, string> = {};
      const path = fillPath(endpoint.path, row, scenario, variant, segments);
      const body = row.matrixBody?.(segments);
      if (path === null) {
        skipped.push(`${endpoint.key} (${variant}): the seed has no such record`);
        continue;
      }
      for (const persona of PERSONAS) {
        const expected = expectedOutcome(row, persona, variant);
        // Someone refused by the audience (or sent to sign in) is refused whatever the id: one variant is enough.
        if (variant !== replayVariant && variants.length > 1 && isAudienceRefusal(row, persona)) continue;
        for (const replay of replays) {
          if (replay !== 'plain' && (variant !== replayVariant || expected === 'allowed' || expected === 'redirect'))
            continue;
          cases.push({ endpoint: endpoint.key, persona, variant, replay, method, path, body, expected });
        }
      }
    }
  }
  return { cases, skipped };
}

/** The persons whose marker text a persona must never be shown. */
export function forbiddenMarkers(scenario: Scenario, persona: Persona): string[] {
  const { learner, otherLearner, otherOrg } = scenario.markers;
  switch (persona) {
    case 'learner':
    case 'manager':
      return [...otherLearner, ...otherOrg];
    case 'otherLearner':
      return [...learner, ...otherOrg];
    case 'siteAdmin':
      return [];
    default:
      return [...learner, ...otherLearner, ...otherOrg];
  }
}
