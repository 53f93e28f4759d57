// In-process events of the completion engine. Handlers run inside the transaction that completed the course,
// so programs, certifications and certificates update atomically with it.
import type { Prisma } from '@/lib/generated/prisma/client';

export type CompletionTx = Prisma.TransactionClient;

export type CourseCompletedEvent = { userId: number; courseId: number; completedAt: Date; tx: CompletionTx };
export type CourseResetEvent = {
  userId: number;
  courseId: number;
  reason: 'RECERTIFICATION' | 'ADMIN_RESET';
  tx: CompletionTx;
};

type Handler<E> = (event: E) => Promise<void>;

const globalHandlers = globalThis as unknown as {
  ilearnCompletionHandlers?: { completed: Handler<CourseCompletedEvent>[]; reset: Handler<CourseResetEvent>[] };
};
const handlers = (globalHandlers.ilearnCompletionHandlers ??= { completed: [], reset: [] });

/** Subscribe to "course completed". Returns a function that removes the subscription (for tests). */
export function onCourseCompleted(handler: Handler<CourseCompletedEvent>): () => void {
  handlers.completed.push(handler);
  return () => {
    const index = handlers.completed.indexOf(handler);
    if (index >= 0) handlers.completed.splice(index, 1);
  };
}

/** Subscribe to "course reset for a learner" (archive activity data so they can start afresh). */
export function onCourseReset(handler: Handler<CourseResetEvent>): () => void {
  handlers.reset.push(handler);
  return () => {
    const index = handlers.reset.indexOf(handler);
    if (index >= 0) handlers.reset.splice(index, 1);
  };
}

export async function emitCourseCompleted(event: CourseCompletedEvent): Promise<void> {
  for (const handler of [...handlers.completed]) await handler(event);
}

export async function emitCourseReset(event: CourseResetEvent): Promise<void> {
  for (const handler of [...handlers.reset]) await handler(event);
}
