import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { messageEvent } from '../helpers/events';

const META_ONLY = { storeText: false, maxTextChars: 500 };
let db: QunGuardDb;
let n = 0;

beforeEach(() => {
  db = openDb(`qunguard-ingest-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('ingesting bus events into the database', () => {
  it('stores a message once however often the same batch is delivered', async () => {
    const batch = [messageEvent(), messageEvent({ msgId: '3276257714766086511' })];
    expect(await ingestEvents(db, batch, META_ONLY)).toEqual({ stored: 2, duplicates: 0 });
    expect(await ingestEvents(db, batch, META_ONLY)).toEqual({ stored: 0, duplicates: 2 });
    expect(await db.messages.count()).toBe(2);
  });

  it('keeps the first-seen time when a re-rendered message arrives later', async () => {
    await ingestEvents(db, [messageEvent({ firstSeenAt: 1000 })], META_ONLY);
    await ingestEvents(db, [messageEvent({ firstSeenAt: 9000 })], META_ONLY);
    expect((await db.messages.toArray()).map((r) => r.seenAt)).toEqual([1000]);
  });

  it('keeps system lines with the same text in two different chats apart', async () => {
    await ingestEvents(db, [messageEvent({ msgId: 'sys-1a2b3c' }), messageEvent({ msgId: 'sys-1a2b3c', chat: { name: '客户-王总', kind: 'direct' } })], META_ONLY);
    expect(await db.messages.count()).toBe(2);
  });

  it('stores a message once when its group is renamed between two sightings', async () => {
    await ingestEvents(db, [messageEvent({ chat: { name: '华东大客户项目群', kind: 'group' } })], META_ONLY);
    expect(await ingestEvents(db, [messageEvent({ chat: { name: '华东项目群（已改名）', kind: 'group' } })], META_ONLY)).toEqual({ stored: 0, duplicates: 1 });
    expect((await db.messages.toArray()).map((r) => r.chat)).toEqual(['华东大客户项目群']);
  });

  it('keeps one row for an own send that failed and was resent, and clears its failure', async () => {
    const localId = '17648000000001234';
    await ingestEvents(db, [messageEvent({ msgId: localId, direction: 'out', sendFailed: true })], META_ONLY);
    expect(await ingestEvents(db, [messageEvent({ msgId: '4000000000000000777', localId, direction: 'out' })], META_ONLY)).toEqual({ stored: 0, duplicates: 1 });
    const rows = await db.messages.toArray();
    expect(rows.map((r) => [r.msgId, r.sendFailed])).toEqual([[localId, false]]);
  });

  it('marks a recalled message whose chat was renamed since it was stored', async () => {
    await ingestEvents(db, [messageEvent({ chat: { name: '华东大客户项目群', kind: 'group' } })], META_ONLY);
    const [row] = await db.messages.toArray();
    await ingestEvents(db, [{ kind: 'recall', account: row!.account, chat: { name: '华东项目群（已改名）', kind: 'group' }, msgId: row!.msgId, at: 5000 }], META_ONLY);
    expect((await db.messages.toArray()).map((r) => r.recalled)).toEqual([1]);
  });

  it('stores only the text length unless the policy allows text', async () => {
    await ingestEvents(db, [messageEvent()], META_ONLY);
    const [row] = await db.messages.toArray();
    expect(row!.text).toBeUndefined();
    expect(row!.textLength).toBe('各位，本周五前把Q3报价单发我'.length);
  });

  it('caps stored text at the policy length', async () => {
    await ingestEvents(db, [messageEvent({ text: '报'.repeat(100_000) })], { storeText: true, maxTextChars: 500 });
    const [row] = await db.messages.toArray();
    expect(row!.text).toHaveLength(500);
    expect(row!.textLength).toBe(100_000);
  });

  it('marks a stored message recalled once', async () => {
    await ingestEvents(db, [messageEvent()], META_ONLY);
    const recall = { kind: 'recall' as const, account: '陈经理', chat: { name: '销售协作群', kind: 'group' as const }, msgId: '3276257714766086428', at: 5 };
    expect(await ingestEvents(db, [recall], META_ONLY)).toEqual({ stored: 1, duplicates: 0 });
    expect(await ingestEvents(db, [recall], META_ONLY)).toEqual({ stored: 0, duplicates: 1 });
    expect(await db.messages.get((await db.messages.toArray())[0]!.key)).toMatchObject({ recalled: 1, recalledAt: 5 });
  });

  it('stores a log entry once per event id', async () => {
    const entry = { kind: 'log' as const, entry: { eventId: 'e-1', kind: 'health' as const, at: 1, data: { state: 'paused' } } };
    await ingestEvents(db, [entry, entry], META_ONLY);
    expect(await db.log.count()).toBe(1);
  });

  it('upserts chats and keeps their members when the chat is seen again', async () => {
    const chat = { name: '销售协作群', kind: 'group' as const };
    await ingestEvents(db, [{ kind: 'chat', account: '陈经理', site: 'wechat-web', chat: { ...chat, memberCount: 4 }, at: 10 }], META_ONLY);
    await ingestEvents(db, [{ kind: 'members', account: '陈经理', chat, members: [{ name: '销售部-张三' }], at: 11 }], META_ONLY);
    await ingestEvents(db, [{ kind: 'chat', account: '陈经理', site: 'wechat-web', chat, at: 12 }], META_ONLY);
    const rows = await db.chats.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ memberCount: 4, members: ['销售部-张三'], firstSeenAt: 10, lastSeenAt: 12 });
  });

  it('stores nothing from a batch that fails part-way', async () => {
    const bad = { kind: "message", account: "陈经理", site: "x", message: { msgId: "9", chat: null } } as never;
    await expect(ingestEvents(db, [messageEvent(), bad], META_ONLY)).rejects.toThrow();
    expect(await db.messages.count()).toBe(0);
  });
});
