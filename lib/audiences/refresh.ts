// Rule-based membership after people change (an admin edits someone, an HR import): their dynamic audiences are
// worked out again at once, and the programs and certifications that reach them (through those audiences, their
// organisation, or an assignment they hold now) follow in the same transaction.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { unsafeSyncAudienceAssignments } from '@/lib/programs/assignments';
import { syncAudienceMembers } from './commands';
import { AUDIENCE_PROFILE_SELECT, audienceProfileOf } from './profiles';
import { matchesAudience } from './rules';

/** Re-evaluates every dynamic audience for these people; returns the audiences whose members changed. */
export async function unsafeRefreshAudiencesForUsers(
  tx: Prisma.TransactionClient,
  userIds: number[],
  now: Date = new Date(),
): Promise<number[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const [users, audiences] = await Promise.all([
    tx.user.findMany({ where: { id: { in: ids } }, select: { ...AUDIENCE_PROFILE_SELECT, status: true } }),
    tx.audience.findMany({
      where: { kind: 'DYNAMIC' },
      select: {
        id: true,
        ruleAggregation: true,
        rules: { orderBy: { sortOrder: 'asc' }, select: { field: true, operator: true, value: true } },
        members: { where: { userId: { in: ids } }, select: { userId: true, source: true } },
      },
    }),
  ]);
  const add: { audienceId: number; userId: number; source: 'RULE' }[] = [];
  const remove: { audienceId: number; userId: number }[] = [];
  for (const a of audiences) {
    const current = new Map(a.members.map((m) => [m.userId, m.source]));
    for (const u of users) {
      // The same rule as the whole-audience recalculation: only active accounts match.
      const match = u.status === 'ACTIVE' && matchesAudience(audienceProfileOf(u), a.rules, a.ruleAggregation);
      if (match && !current.has(u.id)) add.push({ audienceId: a.id, userId: u.id, source: 'RULE' });
      else if (!match && current.get(u.id) === 'RULE') remove.push({ audienceId: a.id, userId: u.id });
    }
  }
  if (add.length > 0) await tx.audienceMember.createMany({ data: add, skipDuplicates: true });
  if (remove.length > 0) await tx.audienceMember.deleteMany({ where: { source: 'RULE', OR: remove } });
  const changed = [...new Set([...add, ...remove].map((m) => m.audienceId))];
  const [held, byOrganisation] = await Promise.all([
    tx.programUser.findMany({ where: { userId: { in: ids } }, select: { programId: true }, distinct: ['programId'] }),
    tx.programAssignment.findMany({
      where: { type: 'ORGANISATION', organisationId: { in: users.map((u) => u.organisationId) } },
      select: { programId: true },
      distinct: ['programId'],
    }),
  ]);
  await unsafeSyncAudienceAssignments(tx, changed, {
    now,
    programIds: [...held, ...byOrganisation].map((p) => p.programId),
  });
  return changed;
}

/**
 * Recalculates every dynamic audience from its rules, one transaction each (their programs follow inside it):
 * the hourly run and the end of an HR import, for changes no single edit announced.
 */
export async function unsafeRecalculateDynamicAudiences(now: Date = new Date()): Promise<number> {
  const audiences = await db.audience.findMany({ where: { kind: 'DYNAMIC' }, select: { id: true } });
  let changed = 0;
  for (const { id } of audiences) {
    const r = await db.$transaction((tx) => syncAudienceMembers(tx, id, now), { timeout: 120_000 });
    if (r.added + r.removed > 0) changed += 1;
  }
  return changed;
}
