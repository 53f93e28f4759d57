// Audience writes (site admins): static member lists and rule-based membership, recalculated on save. Whenever the
// members change, the programs and certifications assigned to the audience follow in the same transaction
// (assignments, records, enrolments; lib/programs/assignments.ts), so nobody waits for the hourly run.
import type { Viewer } from '@/lib/auth/viewer';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { ConflictError, fromPrismaError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  unsafeProgramsAssignedToAudience,
  unsafeSyncAudienceAssignments,
  unsafeSyncProgramAssignmentsIn,
} from '@/lib/programs/assignments';
import { AUDIENCE_PROFILE_SELECT, audienceProfileOf } from './profiles';
import { matchesAudience } from './rules';
import type { AudienceInput } from './schemas';

/** Saving members also syncs the audience's program assignments: more than the default 5 s for a big audience. */
const SYNC_TIMEOUT = { timeout: 120_000 };

function nameClash(error: unknown): unknown {
  const mapped = fromPrismaError(error, 'An audience with that name already exists.');
  return mapped instanceof ConflictError ? new ValidationError({ name: mapped.message }) : mapped;
}

async function save(tx: Prisma.TransactionClient, audienceId: number, input: AudienceInput) {
  await tx.audienceRule.deleteMany({ where: { audienceId } });
  if (input.kind === 'STATIC') {
    const users = await tx.user.findMany({
      where: { username: { in: input.members } },
      select: { id: true, username: true },
    });
    const found = new Set(users.map((u) => u.username));
    const unknown = input.members.filter((u) => !found.has(u));
    if (unknown.length > 0)
      throw new ValidationError({ members: `We could not find these usernames: ${unknown.join(', ')}` });
    await tx.audienceMember.deleteMany({ where: { audienceId } });
    await tx.audienceMember.createMany({
      data: users.map((u) => ({ audienceId, userId: u.id, source: 'MANUAL' as const })),
    });
    await unsafeSyncAudienceAssignments(tx, [audienceId]);
  } else {
    if (input.rules.length === 0) throw new ValidationError({ rules: 'Add at least one rule' });
    await tx.audienceRule.createMany({ data: input.rules.map((r, i) => ({ audienceId, ...r, sortOrder: i })) });
    await syncAudienceMembers(tx, audienceId);
  }
}

export async function createAudience(viewer: Viewer, input: AudienceInput): Promise<{ id: number }> {
  assertSiteAdmin(viewer);
  try {
    return await db.$transaction(async (tx) => {
      const audience = await tx.audience.create({
        data: {
          name: input.name,
          description: input.description,
          kind: input.kind,
          ruleAggregation: input.ruleAggregation,
        },
        select: { id: true },
      });
      await save(tx, audience.id, input);
      return audience;
    }, SYNC_TIMEOUT);
  } catch (error) {
    throw nameClash(error);
  }
}

export async function updateAudience(viewer: Viewer, id: number, input: AudienceInput): Promise<void> {
  assertSiteAdmin(viewer);
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.audience.findUnique({ where: { id }, select: { id: true } });
      if (!existing) throw new NotFoundError('We could not find that audience.');
      await tx.audience.update({
        where: { id },
        data: {
          name: input.name,
          description: input.description,
          kind: input.kind,
          ruleAggregation: input.ruleAggregation,
        },
      });
      await save(tx, id, input);
    }, SYNC_TIMEOUT);
  } catch (error) {
    throw nameClash(error);
  }
}

/**
 * Recalculates a dynamic audience from its rules: adds people who now match and removes rule-added members who
 * no longer do. One read of the people, one write each way.
 */
export async function syncAudienceMembers(
  tx: Prisma.TransactionClient,
  audienceId: number,
  now: Date = new Date(),
): Promise<{ added: number; removed: number }> {
  const audience = await tx.audience.findUnique({
    where: { id: audienceId },
    select: {
      kind: true,
      ruleAggregation: true,
      rules: { orderBy: { sortOrder: 'asc' }, select: { field: true, operator: true, value: true } },
      members: { select: { userId: true, source: true } },
    },
  });
  if (!audience || audience.kind !== 'DYNAMIC') return { added: 0, removed: 0 };
  const users = await tx.user.findMany({ where: { status: 'ACTIVE' }, select: AUDIENCE_PROFILE_SELECT });
  const matching = new Set(
    users
      .filter((u) => matchesAudience(audienceProfileOf(u), audience.rules, audience.ruleAggregation))
      .map((u) => u.id),
  );
  const current = new Map(audience.members.map((m) => [m.userId, m.source]));
  const toAdd = [...matching].filter((id) => !current.has(id));
  const toRemove = [...current.entries()]
    .filter(([id, source]) => source === 'RULE' && !matching.has(id))
    .map(([id]) => id);
  await tx.audienceMember.createMany({
    data: toAdd.map((userId) => ({ audienceId, userId, source: 'RULE' as const })),
    skipDuplicates: true,
  });
  await tx.audienceMember.deleteMany({ where: { audienceId, userId: { in: toRemove }, source: 'RULE' } });
  await tx.audience.update({ where: { id: audienceId }, data: { syncedAt: now } });
  // Also when nothing moved: a static audience made rule-based keeps its manual members, and its rule members may
  // be the same people, but the assignments must still match (cheap: only this audience's programs).
  await unsafeSyncAudienceAssignments(tx, [audienceId], { now });
  return { added: toAdd.length, removed: toRemove.length };
}

/**
 * Deletes an audience; its program assignments go with it (cascade), and the people it alone covered are
 * unassigned in the same transaction.
 */
export async function deleteAudience(viewer: Viewer, id: number): Promise<void> {
  assertSiteAdmin(viewer);
  await db.$transaction(async (tx) => {
    const programIds = await unsafeProgramsAssignedToAudience(tx, id);
    const removed = await tx.audience.deleteMany({ where: { id } });
    if (removed.count === 0) throw new NotFoundError('We could not find that audience.');
    if (programIds.length > 0) await unsafeSyncProgramAssignmentsIn(tx, { programIds, recomputeDueDates: true });
  }, SYNC_TIMEOUT);
}
