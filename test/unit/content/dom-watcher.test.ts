// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DomWatcher, RECORDS_PER_DRAIN } from '@/utils/content/dom-watcher';

describe('the one DOM watcher', () => {
  it('hands a burst to its consumers in slices, one task each, until everything is handed over', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const tasks: Array<() => void> = [];
    const slices: number[] = [];
    const watcher = new DomWatcher(root, { schedule: (fn) => tasks.push(fn), onError: (e) => { throw e; }, attributeFilter: ['class'] });
    watcher.add((records) => slices.push(records.length));
    watcher.start();
    for (let i = 0; i < RECORDS_PER_DRAIN * 2 + 10; i++) root.append(document.createElement('p'));
    await Promise.resolve(); // the observer's callback runs as a microtask
    expect(tasks).toHaveLength(1);
    while (tasks.length) tasks.shift()!();
    expect(slices).toEqual([RECORDS_PER_DRAIN, RECORDS_PER_DRAIN, 10]);
    watcher.stop();
  });

  it('keeps the other consumers going when one fails', async () => {
    const root = document.createElement('div');
    const errors: number[] = [];
    const seen: number[] = [];
    const watcher = new DomWatcher(root, { schedule: (fn) => fn(), onError: (_e, index) => errors.push(index), attributeFilter: [] });
    watcher.add(() => {
      throw new Error('broken feature');
    });
    watcher.add((records) => seen.push(records.length));
    watcher.start();
    root.append(document.createElement('p'));
    await Promise.resolve();
    expect(errors).toEqual([0]);
    expect(seen).toEqual([1]);
  });
});
