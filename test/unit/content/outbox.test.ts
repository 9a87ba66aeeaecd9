import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '@/utils/content/outbox';

function manualTimers() {
  const queue: Array<{ fn: () => void; ms: number }> = [];
  return {
    setTimer: (fn: () => void, ms: number) => queue.push({ fn, ms }),
    async runNext() {
      const next = queue.shift();
      next?.fn();
      await new Promise((r) => setTimeout(r, 0));
      return next?.ms;
    },
    get size() {
      return queue.length;
    },
  };
}

describe('the content outbox', () => {
  it('sends a burst of events as one batch after the batch delay', async () => {
    const timers = manualTimers();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const box = new Outbox<number>({ send, setTimer: timers.setTimer });
    box.push(1);
    box.push(2);
    box.push(3);
    expect(timers.size).toBe(1);
    await timers.runNext();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![1]).toEqual([1, 2, 3]);
    expect(box.pending).toBe(0);
  });

  it('keeps events and retries with growing back-off while the background does not answer', async () => {
    const timers = manualTimers();
    const send = vi.fn().mockRejectedValueOnce(new Error('worker stopped')).mockRejectedValueOnce(new Error('no receiver')).mockResolvedValue({ ok: true });
    const box = new Outbox<string>({ send, setTimer: timers.setTimer, retryBaseMs: 100 });
    box.push('a');
    await timers.runNext();
    expect(box.pending).toBe(1);
    box.push('b'); // arrives during the outage
    expect(await timers.runNext()).toBe(100);
    expect(await timers.runNext()).toBe(200);
    expect(box.pending).toBe(0);
    expect(send.mock.calls.at(-1)![1]).toEqual(['a', 'b']);
  });

  it('splits a large queue into batches of maxBatch in order', async () => {
    const timers = manualTimers();
    const batches: number[][] = [];
    const box = new Outbox<number>({ send: async (_id, items) => void batches.push(items), setTimer: timers.setTimer, maxBatch: 2 });
    for (let i = 0; i < 5; i++) box.push(i);
    await timers.runNext();
    expect(batches).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('gives every batch a distinct id', async () => {
    const timers = manualTimers();
    const ids: string[] = [];
    const box = new Outbox<number>({ send: async (id) => void ids.push(id), setTimer: timers.setTimer, maxBatch: 1 });
    box.push(1);
    box.push(2);
    await timers.runNext();
    expect(new Set(ids).size).toBe(2);
  });

  it('stops sending after stop()', async () => {
    const timers = manualTimers();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const box = new Outbox<number>({ send, setTimer: timers.setTimer });
    box.push(1);
    box.stop();
    await timers.runNext();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the outbox’s durable copy', () => {
  /** The copy as storage would hold it: segment id -> items, removed when written empty. */
  function copyStore() {
    const copies = new Map<string, number[]>();
    return {
      copies,
      persist: (id: string, items: number[]) => (items.length ? copies.set(id, items) : copies.delete(id)),
      held: () => [...copies.values()].flat(),
    };
  }

  it('writes each burst of pushes once, as its own segment, not the whole queue again', async () => {
    const store = copyStore();
    const writes: number[][] = [];
    const box = new Outbox<number>({ send: () => new Promise(() => undefined), setTimer: () => undefined, persist: (id, items) => (writes.push(items), store.persist(id, items)) });
    box.push(1);
    box.push(2);
    await Promise.resolve();
    box.push(3);
    await Promise.resolve();
    expect(writes).toEqual([[1, 2], [3]]);
    expect(store.held()).toEqual([1, 2, 3]);
  });

  it('removes a segment once all its items are acknowledged, and keeps one that is only partly delivered', async () => {
    const timers = manualTimers();
    const store = copyStore();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const box = new Outbox<number>({ send, setTimer: timers.setTimer, maxBatch: 2, persist: store.persist });
    box.push(1);
    box.push(2);
    box.push(3);
    await Promise.resolve();
    expect(store.held()).toEqual([1, 2, 3]);
    let release: () => void = () => undefined;
    send.mockImplementationOnce(() => Promise.resolve({ ok: true })).mockImplementationOnce(() => new Promise<void>((r) => (release = r)));
    const flushing = box.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.held()).toEqual([1, 2, 3]); // two of the segment's three are acknowledged: it stays
    release();
    await flushing;
    expect(store.copies.size).toBe(0);
  });

  it('keeps what is not yet acknowledged when the background fails, and writes nothing twice', async () => {
    const timers = manualTimers();
    const store = copyStore();
    const send = vi.fn().mockRejectedValue(new Error('worker stopped'));
    const box = new Outbox<number>({ send, setTimer: timers.setTimer, persist: store.persist });
    box.push(1);
    await Promise.resolve();
    await timers.runNext();
    box.push(2);
    await Promise.resolve();
    expect([...store.copies.values()]).toEqual([[1], [2]]);
  });
});
