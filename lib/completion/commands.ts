// TEMPORARY copy of the lead's contract so the quiz branch compiles and its tests run before the learning branch
// lands; the learning implementation replaces this file on merge.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ActivityCompletionState } from '@/lib/generated/prisma/enums';
import type { db } from '@/lib/db';
import type { ActivityFacts } from '@/lib/completion/facts';

type Tx = Prisma.TransactionClient | typeof db;

export async function recordActivityFacts(
  tx: Tx,
  input: { userId: number; activityId: number; facts: ActivityFacts; at?: Date },
): Promise<{ state: ActivityCompletionState; courseCompleted: boolean }> {
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: input.activityId },
    select: { requirePassingGrade: true },
  });
  const grade = input.facts.grade;
  let state: ActivityCompletionState = 'INCOMPLETE';
  if (grade) {
    if (grade.passed === true) state = 'COMPLETE_PASS';
    else if (grade.passed === false) state = 'COMPLETE_FAIL';
    else state = activity.requirePassingGrade ? 'INCOMPLETE' : 'COMPLETE';
  }
  const at = input.at ?? new Date();
  await tx.activityCompletion.upsert({
    where: { activityId_userId: { activityId: input.activityId, userId: input.userId } },
    create: { activityId: input.activityId, userId: input.userId, state, completedAt: state === 'INCOMPLETE' ? null : at },
    update: { state, completedAt: state === 'INCOMPLETE' ? null : at },
  });
  return { state, courseCompleted: false };
}
