// Self-enrolled learning for everyone, and Sam Taylor's hand-picked record of learning.
import type { CourseSpec } from './catalogue-data';
import type { Person, SeedContext } from './context';
import type { Ledger } from './ledger';
import { addDays, addMonths } from './random';

export function visibleTo(ctx: SeedContext, spec: CourseSpec, p: Person): boolean {
  if ((spec.visibility ?? 'EVERYONE') === 'EVERYONE') return true;
  if (spec.organisations?.includes(p.org)) return true;
  return (spec.audiences ?? []).some((a) => ctx.audienceMembers.get(a)?.has(p.id));
}

export function seedSamTaylor(ctx: SeedContext, ledger: Ledger): void {
  const { clock } = ctx;
  const sam = ctx.byUsername.get('90011') as Person;
  ledger.record(sam, 'UNCTRUTH', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-12), steps: 1 });
  ledger.record(sam, 'WAH', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-5), steps: 0 });
  ledger.record(sam, 'DEMENTIA', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-20), steps: 0 });
  ledger.record(sam, 'LEGIONELLA', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: clock.day(-95),
    completedAt: clock.day(-94, 15, 27),
  });
  // One failed attempt, then a pass.
  ledger.failedAttempts.push({ user: sam, course: 'INTROHS', at: clock.day(-60, 10, 5) });
  ledger.record(sam, 'INTROHS', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: clock.day(-62),
    completedAt: clock.day(-59, 14, 40),
  });
  // Completed now and twice before.
  const lastYear = clock.day(-40, 11, 15);
  ledger.record(sam, 'ANTIFRAUD', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: addMonths(lastYear, -26),
    completedAt: lastYear,
  });
  ledger.archive(sam, 'ANTIFRAUD', addMonths(lastYear, -12), 'ADMIN_RESET', addMonths(lastYear, -1));
  ledger.archive(sam, 'ANTIFRAUD', addMonths(lastYear, -24), 'ADMIN_RESET', addMonths(lastYear, -13));
  ledger.record(sam, 'BUDGETYEAR', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-8) });
}

/** A few self-enrolled eLearning courses per person, in assorted states. */
export function seedSelfEnrolments(ctx: SeedContext, ledger: Ledger): void {
  const { rng, clock } = ctx;
  const desiree = ctx.byUsername.get('90003') as Person;
  const elearning = [...ledger.catalogue.courses.values()].filter(
    (c) => c.spec.format === 'ELEARNING' && c.spec.enrol !== 'PROGRAM',
  );
  for (const p of ctx.people) {
    if (p.username === '90011') continue;
    const options = elearning.filter((c) => visibleTo(ctx, c.spec, p));
    const count = p.status === 'SUSPENDED' ? 1 : rng.int(1, 4);
    for (const course of rng.sample(options, count)) {
      const state = rng.pick([
        'NOT_STARTED',
        'IN_PROGRESS',
        'IN_PROGRESS',
        'COMPLETE',
        'COMPLETE',
        'COMPLETE',
      ] as const);
      const enrolledAt = clock.day(-rng.int(3, 500));
      const manual = rng.chance(0.15);
      ledger.record(p, course.spec.shortName, {
        state,
        source: manual ? 'MANUAL' : 'SELF',
        createdById: manual ? desiree.id : undefined,
        enrolledAt,
        completedAt: addDays(enrolledAt, rng.int(0, 20)),
        steps: rng.int(0, 2),
      });
    }
  }
}

/** John Smith (schools) and Chris Patel (Watford) see their own organisation's courses with some progress. */
export function seedPartnerLearners(ctx: SeedContext, ledger: Ledger): void {
  const { clock } = ctx;
  const john = ctx.byUsername.get('john.smith') as Person;
  ledger.record(john, 'SCHSAFE', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: clock.day(-70),
    completedAt: clock.day(-69, 16, 10),
  });
  ledger.record(john, 'ADHD', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-9), steps: 0 });
  ledger.record(john, 'DSE', { state: 'NOT_STARTED', source: 'MANUAL', enrolledAt: clock.day(-2) });
  const chris = ctx.byUsername.get('wbc-40001') as Person;
  ledger.record(chris, 'WBCINDUCT', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: clock.day(-200),
    completedAt: clock.day(-198, 11, 0),
  });
  ledger.record(chris, 'WBCCUST', { state: 'IN_PROGRESS', source: 'SELF', enrolledAt: clock.day(-6), steps: 0 });
  ledger.record(chris, 'FIRESAFE', {
    state: 'COMPLETE',
    source: 'SELF',
    enrolledAt: clock.day(-150),
    completedAt: clock.day(-149, 10, 30),
  });
}
