// The demo data, in dependency order. `seed(db)` refuses to run twice: it skips when the marker organisation exists.
import { hashPassword } from '../../lib/accounts/password';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { seedAudiences } from './audiences';
import { seedCatalogue } from './catalogue';
import type { SeedContext } from './context';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedExtras } from './extras';
import { Ledger } from './ledger';
import { seedSamTaylor, seedSelfEnrolments } from './learning';
import { SEED_MARKER_SLUG, seedOrganisations, seedSettings, seedTeams } from './organisations';
import { seedPeople } from './people';
import { seedCertifications, seedInduction } from './programs';
import { makeClock, Rng } from './random';
import { seedWorkshops } from './workshops';

export type SeedResult = { skipped: boolean; people: number; courses: number };

export async function seed(db: PrismaClient, now: Date = new Date()): Promise<SeedResult> {
  const existing = await db.organisation.findUnique({ where: { slug: SEED_MARKER_SLUG }, select: { id: true } });
  if (existing) return { skipped: true, people: 0, courses: 0 };

  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow on purpose
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
  await seedPeople(ctx, passwordHash);
  await seedAudiences(ctx);
  const catalogue = await seedCatalogue(ctx);
  const ledger = new Ledger(ctx, catalogue);
  const mandatory = catalogue.categoryIds.get('mandatory') as number;
  seedSamTaylor(ctx, ledger);
  await seedWorkshops(ctx, ledger);
  await seedCertifications(ctx, ledger, mandatory);
  await seedInduction(ctx, ledger, catalogue.categoryIds.get('induction') as number);
  seedSelfEnrolments(ctx, ledger);
  await ledger.flush();
  await seedExtras(ctx, catalogue);
  return { skipped: false, people: ctx.people.length, courses: catalogue.courses.size };
}
