// Shared state passed between the seed steps: the client, the PRNG, the clock and the ids created so far.
import type { Prisma } from '../../lib/generated/prisma/client';
import type { Clock, Rng } from './random';

/** The client or the transaction the seed writes through. */
export type Db = Prisma.TransactionClient;

export type OrgKey = 'hcc' | 'schools' | 'wbc';
export type TeamKey = 'hr' | 'cs' | 'acs' | 'libraries' | 'hs';

export type Person = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string | null;
  org: OrgKey;
  title: string;
  department: string;
  managerUsername: string | null;
  isManager: boolean;
  status: 'ACTIVE' | 'SUSPENDED';
};

export type SeedContext = {
  db: Db;
  rng: Rng;
  clock: Clock;
  orgIds: Record<OrgKey, number>;
  teamIds: Record<TeamKey, number>;
  people: Person[];
  byUsername: Map<string, Person>;
  audienceIds: Map<string, number>;
  audienceMembers: Map<string, Set<number>>;
};

export function person(ctx: SeedContext, username: string): Person {
  const found = ctx.byUsername.get(username);
  if (!found) throw new Error(`Seed: unknown person ${username}`);
  return found;
}
