/**
 * The one MutationObserver of the content script. Its callback only queues records; a drain scheduled once per
 * burst hands them to every consumer, each in its own try/catch so one failing feature cannot stop the others
 * (the uBlock Origin pattern). No timers run while the page is idle: a drain is scheduled only when records arrive.
 */
export type MutationConsumer = (records: MutationRecord[]) => void;

/**
 * Records handed to the consumers per task. A burst (the app rendering 500 messages) queues tens of thousands of
 * records; taken in slices, no task of ours is long, and the page stays responsive in between.
 */
export const RECORDS_PER_DRAIN = 1000; // ~10 ms at the ~10 µs a record costs a content script in a burst

export interface DomWatcherOptions {
  /** Schedules the drain; the content script passes `ctx.setTimeout` so it dies with the context. */
  schedule: (fn: () => void) => void;
  onError: (error: unknown, consumerIndex: number) => void;
  /** Attributes whose changes matter (the site adapter's observedAttributes, e.g. an id swapped in place). */
  attributeFilter: string[];
}

export class DomWatcher {
  private queue: MutationRecord[] = [];
  private scheduled = false;
  private readonly observer: MutationObserver;
  private readonly consumers: MutationConsumer[] = [];

  constructor(
    private readonly root: Node,
    private readonly options: DomWatcherOptions,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const record of records) this.queue.push(record);
      if (!this.scheduled) {
        this.scheduled = true;
        this.options.schedule(() => this.drain());
      }
    });
  }

  add(consumer: MutationConsumer): void {
    this.consumers.push(consumer);
  }

  start(): void {
    this.observer.observe(this.root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.options.attributeFilter,
    });
  }

  /** Process the next slice of what is queued; the rest follows in the next task. */
  drain(): void {
    this.scheduled = false;
    const pending = this.observer.takeRecords();
    let records = this.queue.length ? this.queue.concat(pending) : pending;
    this.queue = [];
    if (!records.length) return;
    if (records.length > RECORDS_PER_DRAIN) {
      this.queue = records.slice(RECORDS_PER_DRAIN);
      records = records.slice(0, RECORDS_PER_DRAIN);
      this.scheduled = true;
      this.options.schedule(() => this.drain());
    }
    this.consumers.forEach((consumer, index) => {
      try {
        consumer(records);
      } catch (error) {
        this.options.onError(error, index);
      }
    });
  }

  /** Process everything queued, slice by slice, now (tests, instead of waiting for the scheduler). */
  drainAll(): void {
    do this.drain();
    while (this.queue.length);
  }

  stop(): void {
    this.observer.disconnect();
    this.queue = [];
  }
}
