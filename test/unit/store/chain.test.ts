import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredEvent } from '@/utils/bus/protocol';
import { GENESIS } from '@/utils/tamper/link';
import { appendLog, chainContent, readHead } from '@/utils/store/chain';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { purgedRanges, purgeOlderThan } from '@/utils/store/retention';
import { coveredGap, verifyStore } from '@/utils/store/verify';
import { messageEvent } from '../helpers/events';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T12:00:00+08:00');
const OPTS = { storeText: true, maxTextChars: 500 };
const logEvent = (eventId: string, at = NOW): StoredEvent => ({ kind: 'log', entry: { eventId, kind: 'warning', at, account: '陈经理', chat: '客户-王总', data: { rules: ['报价'] } } });

let db: QunGuardDb;
beforeEach(() => {
  db = openDb(`qunguard-chain-${Math.random()}`);
});
afterEach(() => db.delete());

async function seed(count = 6) {
  const events: StoredEvent[] = [];
  for (let i = 0; i < count; i++) events.push(i % 3 === 2 ? logEvent(`w${i}`, NOW - i) : messageEvent({ msgId: String(i), text: `第 ${i} 条`, firstSeenAt: NOW - i }));
  await ingestEvents(db, events, OPTS);
}
const problemTypes = async (chunk?: number) => (await verifyStore(db, { chunk })).problems.map((p) => p.type);

describe('hash chain at rest', () => {
  it('links every new message and log row in batch order and keeps the head in meta', async () => {
    await seed();
    const messages = await db.messages.toArray();
    const log = await db.log.toArray();
    const rows = [...messages, ...log].sort((a, b) => a.seq! - b.seq!);
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[0]!.prev).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev).toBe(rows[i - 1]!.hash);
    expect(await readHead(db)).toEqual({ key: 'chain', nextSeq: 6, lastHash: rows[5]!.hash });
  });

  it('passes a database nobody touched, read in any chunk size', async () => {
    await seed(20);
    expect(await verifyStore(db)).toMatchObject({ ok: true, rows: 20, purged: 0, problems: [] });
    expect(await problemTypes(3)).toEqual([]);
    expect(await problemTypes(1)).toEqual([]);
  });

  it('leaves the chain alone when the same batch arrives again', async () => {
    await seed();
    const head = await readHead(db);
    await seed();
    expect(await readHead(db)).toEqual(head);
  });

  it('chains a recall as its own log row and does not hash the recalled flag', async () => {
    await seed();
    await ingestEvents(db, [{ kind: 'recall', account: '陈经理', chat: { name: '销售协作群', kind: 'group' }, msgId: '0', at: NOW + 1 }], OPTS);
    await ingestEvents(db, [{ kind: 'recall', account: '陈经理', chat: { name: '销售协作群', kind: 'group' }, msgId: '0', at: NOW + 2 }], OPTS);
    expect(await db.log.where('kind').equals('recall').toArray()).toMatchObject([{ seq: 6, data: { msgId: '0' } }]);
    expect(await verifyStore(db)).toMatchObject({ ok: true, rows: 7 });
  });

  it('chains policy changes written from the options page', async () => {
    await seed(2);
    await appendLog(db, [{ eventId: 'p1', kind: 'policy', at: NOW, data: { changed: ['quietHours'] } }]);
    expect(await db.log.get({ eventId: 'p1' })).toMatchObject({ seq: 2 });
    expect(await verifyStore(db)).toMatchObject({ ok: true, rows: 3 });
  });

  it('detects an edited message and an edited log entry', async () => {
    await seed();
    await db.messages.where('seq').equals(1).modify({ text: '改过的' });
    await db.log.where('seq').equals(2).modify((r) => void (r.data = { rules: [] }));
    expect(await problemTypes()).toEqual(['edited', 'edited']);
  });

  it('detects a removed row at the start, in the middle and at the end', async () => {
    await seed();
    await db.messages.where('seq').equals(3).delete();
    expect(await problemTypes()).toEqual(['removed']);
    await db.messages.where('seq').equals(0).delete();
    await db.log.where('seq').equals(5).delete();
    expect(await problemTypes()).toEqual(['removed', 'removed', 'removed']);
  });

  it('detects inserted rows: without chain fields, with a repeated seq, beyond the head', async () => {
    await seed();
    const copy = (await db.messages.where('seq').equals(1).first())!;
    await db.messages.add({ ...copy, key: 'fake-1', seq: undefined, prev: undefined, hash: undefined });
    expect(await problemTypes()).toEqual(['inserted']);
    await db.messages.add({ ...copy, key: 'fake-2', text: '伪造' });
    await db.messages.add({ ...copy, key: 'fake-3', seq: 99 });
    expect((await problemTypes()).sort()).toEqual(['inserted', 'inserted', 'inserted']);
  });

  it('detects two rows whose order was swapped', async () => {
    await seed();
    await db.messages.where('seq').equals(0).modify({ seq: 100 });
    await db.messages.where('seq').equals(1).modify({ seq: 0 });
    await db.messages.where('seq').equals(100).modify({ seq: 1 });
    expect(await problemTypes()).toContain('reordered');
  });

  it('tells a retention purge from a deletion', async () => {
    await ingestEvents(
      db,
      [messageEvent({ msgId: 'old', firstSeenAt: NOW - 200 * DAY }), logEvent('old-w', NOW - 190 * DAY), messageEvent({ msgId: 'new', firstSeenAt: NOW - DAY }), logEvent('new-w', NOW - DAY)],
      OPTS,
    );
    expect(await purgeOlderThan(db, 180, NOW)).toEqual({ messages: 1, log: 1 });
    const purge = await db.log.where('kind').equals('purge').first();
    expect(purge).toMatchObject({ seq: 4, data: { messages: 1, log: 1, ranges: [{ from: 0, to: 1 }] } });
    expect(await verifyStore(db)).toMatchObject({ ok: true, rows: 3, purged: 2 });
    // Purge rows are never purged themselves, or the gaps they explain would become unexplained.
    expect(await purgeOlderThan(db, 0, NOW + 400 * DAY)).toEqual({ messages: 1, log: 1 });
    expect(await verifyStore(db)).toMatchObject({ ok: true, purged: 4 });
    await db.log.where('kind').equals('purge').limit(1).delete();
    expect(await problemTypes()).toContain('removed');
  });

  it('records purged seqs as contiguous runs with the hash of each run end', () => {
    expect(purgedRanges([{ seq: 3, hash: 'c' }, { seq: 1, hash: 'a' }, { seq: 2, hash: 'b' }, { seq: 7, hash: 'g' }, {}])).toEqual([
      { from: 1, to: 3, lastHash: 'c' },
      { from: 7, to: 7, lastHash: 'g' },
    ]);
    const byStart = new Map([[1, { from: 1, to: 3, lastHash: 'c' }], [4, { from: 4, to: 6, lastHash: 'f' }]]);
    expect(coveredGap(byStart, 1, 6)).toBe('f');
    expect(coveredGap(byStart, 1, 5)).toBeNull();
    expect(coveredGap(byStart, 2, 3)).toBeNull();
  });

  it('hashes a message without its mutable flags and tags the table', () => {
    const content = chainContent('messages', { key: 'k', recalled: 1, recalledAt: 5, sendFailed: true, seq: 1, prev: 'p', hash: 'h', text: 'x' } as never);
    expect(content).toEqual({ table: 'messages', key: 'k', text: 'x' });
  });
});
