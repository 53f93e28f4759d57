// Enrolment writes used by every capability that enrols people (self, admin, programs, certifications).
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { EnrolmentSource } from '@/lib/generated/prisma/enums';

type Client = Prisma.TransactionClient | PrismaClient;

export type EnsureEnrolledInput = {
  userId: number;
  courseId: number;
  source: EnrolmentSource;
  sourceProgramId?: number;
  createdById?: number;
  methodId?: number;
};

/**
 * Enrols the person once (the unique userId+courseId makes a double click or parallel calls harmless) and
 * creates their Record of Learning entry. A suspended enrolment is made active again. Returns whether this
 * call created the enrolment.
 */
export async function ensureEnrolled(tx: Client, input: EnsureEnrolledInput): Promise<{ created: boolean }> {
  const inserted = await tx.enrolment.createMany({
    data: [
      {
        userId: input.userId,
        courseId: input.courseId,
        source: input.source,
        sourceProgramId: input.sourceProgramId ?? null,
        createdById: input.createdById ?? null,
        methodId: input.methodId ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    await tx.enrolment.updateMany({
      where: { userId: input.userId, courseId: input.courseId, status: 'SUSPENDED' },
      data: { status: 'ACTIVE' },
    });
  }
  await tx.courseCompletion.createMany({
    data: [{ userId: input.userId, courseId: input.courseId }],
    skipDuplicates: true,
  });
  return { created: inserted.count > 0 };
}
