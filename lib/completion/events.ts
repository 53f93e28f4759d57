// "Course completed" and "course reset": the two events of the completion layer, and the typed registry that
// certificates, programs and certifications subscribe through. Nothing here imports a subscriber, so completion
// stays the lower layer: subscribers import this file, never the other way round.
//
// How to subscribe (one file per subscriber, e.g. lib/certificates/completion-subscriber.ts):
//
//   export const issueCertificateOnCompletion = courseCompletedSubscriber('certificates.issue', async (tx, e) => {
//     await issueCertificate(tx, { userId: e.userId, courseId: e.courseId, completedAt: e.completedAt });
//   });
//
// then list it in lib/subscribers.ts (loaded by instrumentation.ts and scripts/worker.ts; tests call
// registerSubscribers or subscribe themselves). A handler runs inside the transaction that completed (or reset)
// the course, so its writes commit or roll back with it; a throw rolls the whole change back. Work that should
// happen outside the transaction (emails, PDFs) is queued from the handler as a job with a dedupe key:
//
//   await enqueueWithin(tx, certificatePdfJob, { userId, courseId }, { dedupeKey: courseEventDedupeKey(name, e) });
//
// (list the job in lib/jobs/registry.ts so the worker creates its queue at start).
import type { Prisma } from '@/lib/generated/prisma/client';

export type CompletionTx = Prisma.TransactionClient;

export type CourseCompletedEvent = { type: 'course.completed'; userId: number; courseId: number; completedAt: Date };
export type CourseResetReason = 'RECERTIFICATION' | 'ADMIN_RESET';
/** The learner's progress on the course was archived and cleared; `previousCompletedAt` is the archived date. */
export type CourseResetEvent = {
  type: 'course.reset';
  userId: number;
  courseId: number;
  reason: CourseResetReason;
  at: Date;
  previousCompletedAt: Date | null;
};
export type CourseEvent = CourseCompletedEvent | CourseResetEvent;
type EventOf<T extends CourseEvent['type']> = Extract<CourseEvent, { type: T }>;

type SubscriberTo<T extends CourseEvent['type']> = {
  event: T;
  /** Unique and stable ("certificates.issue"): subscribing again under the same name replaces the handler. */
  name: string;
  handle: (tx: CompletionTx, event: EventOf<T>) => Promise<void>;
};
/** A subscriber to one of the events (the union keeps each handler's event type exact). */
export type CourseEventSubscriber = SubscriberTo<'course.completed'> | SubscriberTo<'course.reset'>;

export function courseCompletedSubscriber(
  name: string,
  handle: (tx: CompletionTx, event: CourseCompletedEvent) => Promise<void>,
): SubscriberTo<'course.completed'> {
  return { event: 'course.completed', name, handle };
}

export function courseResetSubscriber(
  name: string,
  handle: (tx: CompletionTx, event: CourseResetEvent) => Promise<void>,
): SubscriberTo<'course.reset'> {
  return { event: 'course.reset', name, handle };
}

// On globalThis: Next.js bundles instrumentation (which registers) and the routes (which publish) separately.
type Registry = Map<string, CourseEventSubscriber>;
const globalRegistry = globalThis as unknown as { ilearnCourseEventSubscribers?: Registry };
const registry = (globalRegistry.ilearnCourseEventSubscribers ??= new Map());

/** Adds (or replaces, by name) a subscriber. Returns a function that removes it (for tests). */
export function subscribe(subscriber: CourseEventSubscriber): () => void {
  registry.set(subscriber.name, subscriber);
  return () => {
    if (registry.get(subscriber.name) === subscriber) registry.delete(subscriber.name);
  };
}

/** Names of the current subscribers to an event, in subscription order. */
export function subscriberNames(type: CourseEvent['type']): string[] {
  return [...registry.values()].filter((s) => s.event === type).map((s) => s.name);
}

/** Runs every subscriber of the event, in subscription order, inside the caller's transaction. Completion only. */
export async function publishCourseEvent(tx: CompletionTx, event: CourseEvent): Promise<void> {
  for (const subscriber of [...registry.values()]) {
    if (subscriber.event === 'course.completed' && event.type === 'course.completed')
      await subscriber.handle(tx, event);
    if (subscriber.event === 'course.reset' && event.type === 'course.reset') await subscriber.handle(tx, event);
  }
}

/** A dedupe key for a job queued by `subscriberName` for this event: the same event never queues it twice. */
export function courseEventDedupeKey(subscriberName: string, event: CourseEvent): string {
  const at = event.type === 'course.completed' ? event.completedAt : event.at;
  return `${event.type}:${subscriberName}:${event.userId}:${event.courseId}:${at.getTime()}`;
}
