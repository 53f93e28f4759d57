// The player's commit queue (runs in the browser). Every commit is a full snapshot of the CMI data with a
// sequence number; the newest unsaved one is kept in localStorage (so a reload or a crash keeps it) and sent
// until the server acknowledges it, retrying with backoff while the network is down. The server ignores any
// sequence number it already has, so sending twice is harmless.

export type PendingCommit = { attemptId: number; seq: number; terminate: boolean; cmi: Record<string, unknown> };

export type QueueStatus = {
  /** Something is not saved on the server yet. */
  unsaved: boolean;
  /** The last attempt to send failed (offline or server error); we keep trying. */
  failing: boolean;
  /** The server refused for good (attempt reset, no longer enrolled): the message to show. */
  fatal: string | null;
  lastSavedAt: number | null;
};

export type SendOutcome = { kind: 'saved'; seq: number } | { kind: 'retry' } | { kind: 'fatal'; message: string };

export type QueueDeps = {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  send: (commit: PendingCommit) => Promise<SendOutcome>;
  onStatus: (status: QueueStatus) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
};

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export function storageKeyOf(attemptId: number): string {
  return `ilearn-scorm-pending:${attemptId}`;
}

/** The unsaved commit a previous page left for this attempt, if any. */
export function readPending(storage: QueueDeps['storage'], attemptId: number): PendingCommit | null {
  try {
    const raw = storage.getItem(storageKeyOf(attemptId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as PendingCommit;
    return parsed && parsed.attemptId === attemptId && Number.isInteger(parsed.seq) ? parsed : null;
  } catch {
    return null;
  }
}

export class CommitQueue {
  private pending: PendingCommit | null;
  private seq: number;
  private sending = false;
  private failures = 0;
  private timer: unknown = null;
  private status: QueueStatus = { unsaved: false, failing: false, fatal: null, lastSavedAt: null };
  private waiters: (() => void)[] = [];

  constructor(
    private readonly attemptId: number,
    serverSeq: number,
    private readonly deps: QueueDeps,
  ) {
    const left = readPending(deps.storage, attemptId);
    this.pending = left && left.seq > serverSeq ? left : null;
    if (left && !this.pending) deps.storage.removeItem(storageKeyOf(attemptId));
    this.seq = Math.max(serverSeq, left?.seq ?? 0);
    this.update({ unsaved: !!this.pending });
  }

  get current(): PendingCommit | null {
    return this.pending;
  }

  /** Queues a new snapshot (replacing an older unsaved one) and sends it. */
  enqueue(cmi: Record<string, unknown>, terminate: boolean): number {
    this.seq += 1;
    this.pending = {
      attemptId: this.attemptId,
      seq: this.seq,
      terminate: terminate || (this.pending?.terminate ?? false),
      cmi,
    };
    this.persist();
    this.update({ unsaved: true });
    this.flush();
    return this.seq;
  }

  /** Sends now (e.g. when the browser comes back online), cancelling any backoff wait. */
  flush(): void {
    if (this.timer !== null) {
      (this.deps.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
      this.timer = null;
    }
    if (this.sending || !this.pending || this.status.fatal) return;
    this.sending = true;
    const commit = this.pending;
    this.deps
      .send(commit)
      .catch((): SendOutcome => ({ kind: 'retry' }))
      .then((outcome) => {
        this.sending = false;
        if (outcome.kind === 'saved') {
          this.failures = 0;
          if (this.pending && this.pending.seq <= outcome.seq) {
            this.pending = null;
            this.persist();
            this.update({ unsaved: false, failing: false, lastSavedAt: (this.deps.now ?? Date.now)() });
            this.resolveWaiters();
          } else {
            this.update({ failing: false });
            this.flush();
          }
        } else if (outcome.kind === 'fatal') {
          this.update({ fatal: outcome.message, failing: true });
          this.resolveWaiters();
        } else {
          this.failures += 1;
          this.update({ failing: true });
          const wait = BACKOFF_MS[Math.min(this.failures - 1, BACKOFF_MS.length - 1)]!;
          this.timer = (this.deps.setTimer ?? setTimeout)(() => {
            this.timer = null;
            this.flush();
          }, wait);
        }
      });
  }

  /** Resolves once nothing is unsaved (or the server refused for good). */
  whenSaved(): Promise<void> {
    if (!this.pending || this.status.fatal) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private resolveWaiters() {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }

  private persist() {
    const key = storageKeyOf(this.attemptId);
    try {
      if (this.pending) this.deps.storage.setItem(key, JSON.stringify(this.pending));
      else this.deps.storage.removeItem(key);
    } catch {
      // Storage full or blocked: the commit is still held in memory and retried.
    }
  }

  private update(change: Partial<QueueStatus>) {
    this.status = { ...this.status, ...change };
    this.deps.onStatus(this.status);
  }
}
