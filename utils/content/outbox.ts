/**
 * Content-side queue of events for the background. Batches what accumulates, sends one batch at a time and
 * drops it only after the background acknowledged it was committed to IndexedDB. A failed send (service worker
 * stopped mid-request, extension updating) is retried with backoff; nothing is dropped. Storage is idempotent,
 * so a batch that was stored but whose ack got lost is harmless when resent.
 */
export interface OutboxOptions<T> {
  send: (batchId: string, items: T[]) => Promise<unknown>;
  setTimer: (fn: () => void, ms: number) => unknown;
  maxBatch?: number;
  /** Collect events for this long before sending, so a burst goes as one batch. */
  batchDelayMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  onError?: (error: unknown, attempt: number) => void;
  /**
   * Durable copy of what is not yet acknowledged: a tab that closes, reloads or is orphaned by an update loses
   * nothing; the background drains such copies (utils/background/outbox-drain.ts). Written in segments, once per
   * burst of pushes and holding only that burst's items (rewriting the whole queue each time cost a burst of 500
   * messages ~60 ms of the page's main thread); a segment whose items are all acknowledged is written as `[]`
   * (removed). Storage is idempotent, so a copy delivered twice is stored once.
   */
  persist?: (segmentId: string, items: T[]) => void;
  /** Runs `fn` after the current burst of pushes (default: a microtask). */
  defer?: (fn: () => void) => void;
}

export class Outbox<T> {
  private queue: T[] = [];
  private inFlight = false;
  private timerSet = false;
  private attempt = 0;
  private batchCounter = 0;
  private readonly prefix = Math.random().toString(36).slice(2, 10);
  private stopped = false;
  private persistQueued = false;
  /** Durable segments in queue order, with how many of their items are not yet acknowledged. */
  private segments: Array<{ id: string; remaining: number }> = [];
  private segmentCounter = 0;
  /** Items at the queue's end not yet in a segment. */
  private unsaved = 0;

  constructor(private readonly options: OutboxOptions<T>) {}

  get pending(): number {
    return this.queue.length;
  }

  /** This outbox's id (the key of its durable copy). */
  get id(): string {
    return this.prefix;
  }

  push(item: T): void {
    if (this.stopped) return;
    this.queue.push(item);
    this.unsaved++;
    this.persistSoon();
    this.schedule(this.options.batchDelayMs ?? 50);
  }

  private persistSoon(): void {
    const persist = this.options.persist;
    if (!persist || this.persistQueued) return;
    this.persistQueued = true;
    (this.options.defer ?? queueMicrotask)(() => {
      this.persistQueued = false;
      if (!this.unsaved) return;
      const id = `${this.prefix}.${++this.segmentCounter}`;
      this.segments.push({ id, remaining: this.unsaved });
      persist(id, this.queue.slice(this.queue.length - this.unsaved));
      this.unsaved = 0;
    });
  }

  /** `count` items at the queue's head were acknowledged: segments they fill completely are no longer needed. */
  private acknowledged(count: number): void {
    let left = count;
    while (left > 0 && this.segments.length) {
      const head = this.segments[0]!;
      const taken = Math.min(left, head.remaining);
      head.remaining -= taken;
      left -= taken;
      if (head.remaining === 0) {
        this.segments.shift();
        this.options.persist?.(head.id, []);
      }
    }
    this.unsaved = Math.max(0, this.unsaved - left); // acknowledged before their copy was written
  }

  stop(): void {
    this.stopped = true;
  }

  private schedule(ms: number): void {
    if (this.timerSet || this.inFlight) return;
    this.timerSet = true;
    this.options.setTimer(() => {
      this.timerSet = false;
      void this.flush();
    }, ms);
  }

  /** Send queued items now (batch by batch). Resolves when the queue is empty or a send failed. */
  async flush(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    while (this.queue.length && !this.stopped) {
      const items = this.queue.slice(0, this.options.maxBatch ?? 500);
      const batchId = `${this.prefix}-${++this.batchCounter}`;
      this.inFlight = true;
      try {
        await this.options.send(batchId, items);
        this.queue.splice(0, items.length);
        this.attempt = 0;
        this.acknowledged(items.length);
      } catch (error) {
        this.attempt++;
        this.options.onError?.(error, this.attempt);
        this.inFlight = false;
        const base = this.options.retryBaseMs ?? 250;
        this.schedule(Math.min(base * 2 ** (this.attempt - 1), this.options.retryMaxMs ?? 5000));
        return;
      }
      this.inFlight = false;
    }
  }
}
