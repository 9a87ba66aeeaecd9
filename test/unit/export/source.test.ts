import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExport, CHUNK } from '@/utils/export/source';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { messageEvent } from '../helpers/events';

let db: QunGuardDb;
beforeEach(() => {
  db = openDb(`qunguard-export-${Math.random()}`);
});
afterEach(() => db.delete());

describe('reading an export from the database', () => {
  it('reads every message in range exactly once across chunks, oldest first', async () => {
    const total = CHUNK * 2 + 7;
    // Several rows share a seenAt, so the chunk boundary has to use the key too.
    await ingestEvents(db, Array.from({ length: total }, (_, i) => messageEvent({ msgId: String(i), firstSeenAt: 1000 + Math.floor(i / 3) })), { storeText: false, maxTextChars: 0 });
    const ids: string[] = [];
    const progress: number[] = [];
    const n = await readExport(db, { kind: 'interactions', from: 0, to: 1e13 }, (records, p) => {
      ids.push(...records.map((r) => String(r.msgId)));
      progress.push(p);
    });
    expect(n).toBe(total);
    expect(new Set(ids).size).toBe(total);
    expect(progress.length).toBe(3);
  });

  it('reads every row once even when more rows than a chunk share one time', async () => {
    const total = CHUNK + 5;
    await ingestEvents(db, Array.from({ length: total }, (_, i) => messageEvent({ msgId: String(i), firstSeenAt: i < 3 ? 500 : 1000 })), { storeText: false, maxTextChars: 0 });
    await ingestEvents(db, Array.from({ length: total }, (_, i) => ({ kind: 'log' as const, entry: { eventId: `n${i}`, kind: 'nickname' as const, at: 1000, data: { name: `n${i}` } } })), { storeText: false, maxTextChars: 0 });
    const ids: string[] = [];
    expect(await readExport(db, { kind: 'interactions', from: 0, to: 1e13 }, (records) => void ids.push(...records.map((r) => String(r.msgId))))).toBe(total);
    expect(new Set(ids).size).toBe(total);
    const names: string[] = [];
    expect(await readExport(db, { kind: 'nickname', from: 0, to: 1e13 }, (records) => void names.push(...records.map((r) => String(r.name))))).toBe(total);
    expect(new Set(names).size).toBe(total);
  });

  it('applies the date range and the filters', async () => {
    await ingestEvents(
      db,
      [
        messageEvent({ msgId: '1', firstSeenAt: 100 }),
        messageEvent({ msgId: '2', firstSeenAt: 200 }),
        messageEvent({ msgId: '3', firstSeenAt: 300, chat: { name: '客户-李总', kind: 'direct' } }),
      ],
      { storeText: false, maxTextChars: 0 },
    );
    const got: unknown[] = [];
    await readExport(db, { kind: 'interactions', from: 150, to: 1000, chat: '销售协作群' }, (r) => void got.push(...r));
    expect(got).toMatchObject([{ msgId: '2' }]);
    const direct: unknown[] = [];
    await readExport(db, { kind: 'interactions', from: 0, to: 1000, chatKind: 'direct' }, (r) => void direct.push(...r));
    expect(direct).toMatchObject([{ msgId: '3' }]);
  });

  it('exports guard decisions from the log', async () => {
    await ingestEvents(db, [{ kind: 'log', entry: { eventId: 'd1', kind: 'decision', at: 500, chat: '客户-王总', data: { decision: 'sent-anyway', reason: '客户要求', rules: ['term:business:报价'] } } }], { storeText: false, maxTextChars: 0 });
    const got: unknown[] = [];
    await readExport(db, { kind: 'decisions', from: 0, to: 1000 }, (r) => void got.push(...r));
    expect(got).toMatchObject([{ decision: 'sent-anyway', reason: '客户要求', rules: ['term:business:报价'], chat: '客户-王总' }]);
  });

  it('filters log entries by chat kind, nickname and notice entries being group entries', async () => {
    await ingestEvents(
      db,
      [
        { kind: 'log', entry: { eventId: 'w1', kind: 'warning', at: 500, data: { chatKind: 'direct', chatClass: 'customer' } } },
        { kind: 'log', entry: { eventId: 'd1', kind: 'decision', at: 501, data: { chatKind: 'group', chatClass: 'internal', decision: 'cancelled' } } },
        { kind: 'log', entry: { eventId: 'n1', kind: 'nickname', at: 502, data: { name: '张三' } } },
      ],
      { storeText: false, maxTextChars: 0 },
    );
    const kinds = async (filters: Partial<Parameters<typeof readExport>[1]>, kind: 'decisions' | 'nickname') => {
      const got: Array<Record<string, unknown>> = [];
      await readExport(db, { kind, from: 0, to: 1000, ...filters }, (r) => void got.push(...r));
      return got.map((r) => (kind === 'nickname' ? r.name : r.kind));
    };
    expect(await kinds({ chatKind: 'direct' }, 'decisions')).toEqual(['warning']);
    expect(await kinds({ chatClass: 'internal' }, 'decisions')).toEqual(['decision']);
    expect(await kinds({ chatKind: 'group' }, 'nickname')).toEqual(['张三']);
    expect(await kinds({ chatKind: 'direct' }, 'nickname')).toEqual([]);
  });

  it('stops when cancelled', async () => {
    await ingestEvents(db, [messageEvent()], { storeText: false, maxTextChars: 0 });
    const controller = new AbortController();
    controller.abort();
    await expect(readExport(db, { kind: 'interactions', from: 0, to: 1e13 }, () => {}, controller.signal)).rejects.toThrow();
  });
});
