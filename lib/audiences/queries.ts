// Audience reads for the admin pages (L&D admins read them to choose course visibility; site admins edit).
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin, assertSiteAdmin } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

export async function listAudiences(viewer: Viewer) {
  assertLdAdmin(viewer);
  return db.audience.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      kind: true,
      syncedAt: true,
      _count: { select: { members: true, courseVisibilities: true } },
    },
  });
}

export async function getAudienceForEdit(viewer: Viewer, id: number) {
  assertSiteAdmin(viewer);
  const audience =
    Number.isInteger(id) && id > 0
      ? await db.audience.findUnique({
          where: { id },
          select: {
            id: true,
            name: true,
            description: true,
            kind: true,
            ruleAggregation: true,
            syncedAt: true,
            rules: { orderBy: { sortOrder: 'asc' }, select: { field: true, operator: true, value: true } },
            members: {
              orderBy: { user: { username: 'asc' } },
              take: 1000,
              select: { source: true, user: { select: { username: true, firstName: true, lastName: true } } },
            },
            _count: { select: { members: true } },
          },
        })
      : null;
  if (!audience) throw new NotFoundError('We could not find that audience.');
  return audience;
}
