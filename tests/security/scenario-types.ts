// The shape of the scenario the security set-up writes (tests/security/scenario.ts) and every suite reads.
import { readFileSync } from 'node:fs';

export const PERSONAS = [
  'anonymous',
  'learner',
  'otherLearner',
  'manager',
  'otherManager',
  'otherLdAdmin',
  'siteAdmin',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type SignedInPersona = Exclude<Persona, 'anonymous'>;

/** Whose record an id is, seen from the learner: theirs, another learner's, another organisation's, none. */
export const VARIANTS = ['own', 'other', 'otherOrg', 'missing'] as const;
export type Variant = (typeof VARIANTS)[number];

/** An id no row has (and within PostgreSQL's integer range, so it is a clean "not found"). */
export const MISSING_ID = 2_147_480_000;

export type Scenario = {
  personas: Record<SignedInPersona, { username: string; id: number }>;
  markers: Record<'learner' | 'otherLearner' | 'otherOrg', string[]>;
  kinds: Record<string, Partial<Record<Variant, number | undefined>>>;
};

/** The scenario the set-up wrote (an empty one when the tier is skipped). */
export function loadScenario(): Scenario {
  if (process.env.ILEARN_BROWSER_SKIP)
    return {
      personas: {} as Scenario['personas'],
      markers: { learner: [], otherLearner: [], otherOrg: [] },
      kinds: {},
    };
  const file = process.env.SECURITY_SCENARIO;
  if (!file) throw new Error('SECURITY_SCENARIO is not set: run through `npx jest --selectProjects security`');
  return JSON.parse(readFileSync(file, 'utf8')) as Scenario;
}
