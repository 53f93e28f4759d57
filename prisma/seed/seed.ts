// The demo data, in dependency order. `seed(db)` refuses to run twice: it skips when the marker organisation exists.
import { hashPassword } from '../../lib/accounts/password';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { seedAudiences } from './audiences';
import { seedCatalogue } from './catalogue';
import type { Db, SeedContext } from './context';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedExtras } from './extras';
import { Ledger } from './ledger';
import { seedPartnerLearners, seedSamTaylor, seedSelfEnrolments } from './learning';
import { SEED_MARKER_SLUG, seedOrganisations, seedSettings, seedTeams } from './organisations';
import { seedPeople } from './people';
import { seedScormPackages } from './scorm';
import { seedCertifications, seedInduction } from './programs';
import { makeClock, Rng } from './random';
import { seedWorkshops } from './workshops';

export type SeedResult = { skipped: boolean; people: number; courses: number };

export type SeedOptions = { now?: Date; log?: (message: string) => void };

/**
 * Seeds an empty database in one transaction, so a failure leaves nothing behind (and the next run tries again).
 * Returns { skipped: true } when the marker organisation already exists.
 */
export async function seed(db: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const existing = await db.organisation.findUnique({ where: { slug: SEED_MARKER_SLUG }, select: { id: true } });
  if (existing) return { skipped: true, people: 0, courses: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow on purpose
  return db.$transaction((tx) => seedAll(tx, passwordHash, options), { timeout: 300_000, maxWait: 30_000 });
}

async function seedAll(db: Db, passwordHash: string, options: SeedOptions): Promise<SeedResult> {
  const now = options.now ?? new Date();
  let last = Date.now();
  const step = (name: string) => {
    options.log?.(`${name}: ${Date.now() - last} ms`);
    last = Date.now();
  };
  const ctx: SeedContext = {
    db,
    rng: new Rng(20260128),
    clock: makeClock(now),
    orgIds: await seedOrganisations(db),
    teamIds: await seedTeams(db),
    people: [],
    byUsername: new Map(),
    audienceIds: new Map(),
    audienceMembers: new Map(),
  };
  await seedSettings(db);
  step('organisations, teams, settings');
  await seedPeople(ctx, passwordHash);
  step('people');
  await seedAudiences(ctx);
  step('audiences');
  const catalogue = await seedCatalogue(ctx);
  const ledger = new Ledger(ctx, catalogue);
  step('catalogue');
  await seedScormPackages(ctx);
  step('eLearning packages');
  const mandatory = catalogue.categoryIds.get('mandatory') as number;
  seedSamTaylor(ctx, ledger);
  seedPartnerLearners(ctx, ledger);
  await seedWorkshops(ctx, ledger);
  step('workshops');
  await seedCertifications(ctx, ledger, mandatory);
  step('certifications');
  await seedInduction(ctx, ledger, catalogue.categoryIds.get('induction') as number);
  seedSelfEnrolments(ctx, ledger);
  step('induction program');
  await ledger.flush();
  step('learning records');
  await seedExtras(ctx, catalogue);
  step('evidence, requests, emails, audit');
  return { skipped: false, people: ctx.people.length, courses: catalogue.courses.size };
}
