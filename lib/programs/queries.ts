// Reads about programs and certifications assigned to the viewer.
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';

/**
 * True when the viewer has mandatory learning outstanding: an incomplete program they are assigned to, or an
 * assigned certification that is not "certified and not yet due". Decides whether "Required Learning" shows
 * in the task bar, so it is one query answered from the (userId, status) and userId indexes.
 */
export function hasRequiredLearning(viewer: Pick<Viewer, 'id'>): Promise<boolean> {
  return requiredLearningOutstanding(viewer.id);
}

// Cached per request: the task bar and the page both ask.
const requiredLearningOutstanding = cache(async (userId: number): Promise<boolean> => {
  const rows = await db.$queryRaw<{ outstanding: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "ProgramCompletion" pc
      JOIN "Program" p ON p."id" = pc."programId" AND p."kind" = 'PROGRAM'
      WHERE pc."userId" = ${userId} AND pc."status" = 'INCOMPLETE'
        AND EXISTS (SELECT 1 FROM "ProgramUser" pu WHERE pu."programId" = pc."programId" AND pu."userId" = ${userId})
    ) OR EXISTS (
      SELECT 1 FROM "CertificationCompletion" cc
      JOIN "Certification" c ON c."id" = cc."certificationId"
      WHERE cc."userId" = ${userId}
        AND NOT (cc."status" = 'CERTIFIED' AND cc."renewalStatus" = 'NOT_DUE')
        AND EXISTS (SELECT 1 FROM "ProgramUser" pu WHERE pu."programId" = c."programId" AND pu."userId" = ${userId})
    ) AS outstanding`;
  return rows[0]?.outstanding === true;
});
