import { CommitQueue, readPending, storageKeyOf, type SendOutcome } from '@/lib/scorm/commit-queue';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const flushPromises = () => new Promise((resolve) => setImmediate(resolve));

describe('CommitQueue', () => {
  it('keeps the newest unsaved commit in storage until the server has it, retrying with backoff', async () => {
    const storage = memoryStorage();
    const outcomes: SendOutcome[] = [{ kind: 'retry' }, { kind: 'retry' }, { kind: 'saved', seq: 2 }];
    const sent: number[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const statuses: boolean[] = [];
    const queue = new CommitQueue(7, 0, {
      storage,
      send: async (c) => {
        sent.push(c.seq);
        return outcomes.shift()!;
      },
      onStatus: (s) => statuses.push(s.failing),
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
    queue.enqueue({ cmi: { a: 1 } }, false);
    await flushPromises();
    expect(readPending(storage, 7)?.seq).toBe(1);
    queue.enqueue({ cmi: { a: 2 } }, false); // while the first send is waiting to retry
    await flushPromises();
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000]);
    timers[1]!.fn();
    await flushPromises();
    expect(sent).toEqual([1, 2, 2]);
    expect(storage.map.has(storageKeyOf(7))).toBe(false);
    expect(statuses).toContain(true);
    expect(statuses[statuses.length - 1]).toBe(false);
    await expect(queue.whenSaved()).resolves.toBeUndefined();
  });

  it('picks up a commit a previous page could not save, but not one the server already has', () => {
    const storage = memoryStorage();
    storage.setItem(storageKeyOf(3), JSON.stringify({ attemptId: 3, seq: 5, terminate: false, cmi: {} }));
    const deps = {
      storage,
      send: async () => ({ kind: 'retry' }) as SendOutcome,
      onStatus: () => undefined,
      setTimer: () => 0,
    };
    expect(new CommitQueue(3, 4, deps).current?.seq).toBe(5);
    expect(new CommitQueue(3, 5, deps).current).toBeNull();
    expect(storage.map.has(storageKeyOf(3))).toBe(false);
  });

  it('stops retrying when the server refuses for good and says why', async () => {
    const storage = memoryStorage();
    let fatal: string | null = null;
    const queue = new CommitQueue(1, 0, {
      storage,
      send: async () => ({ kind: 'fatal', message: 'This attempt was reset' }),
      onStatus: (s) => (fatal = s.fatal),
      setTimer: () => 0,
    });
    queue.enqueue({}, true);
    await flushPromises();
    expect(fatal).toBe('This attempt was reset');
    await expect(queue.whenSaved()).resolves.toBeUndefined();
  });
});
