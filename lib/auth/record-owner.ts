// Whose learning records a read returns. Learner pages pass their own viewer; My Team passes the RecordOwner that
// lib/team's requireDirectReport gives back once it has checked the person reports to the viewer. The brand means a
// bare id (say, from a URL) cannot be passed by mistake: only a scope check mints a RecordOwner.
import type { Viewer } from './viewer';

declare const scoped: unique symbol;

export type RecordOwner = { readonly id: number; readonly [scoped]: true };

/** The viewer reading their own records, or a person a scope check let the viewer see (read-only). */
export type Whose = Viewer | RecordOwner;

/** Only for scope checks (lib/team/guard.ts), after they have verified the viewer may read this person's records. */
export function unsafeRecordOwner(userId: number): RecordOwner {
  return { id: userId } as RecordOwner;
}
