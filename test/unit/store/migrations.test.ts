import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA, openDb } from '@/utils/store/db';

/**
 * Every schema step must keep existing rows: for each version N, create a database with SCHEMA[0..N], write sample
 * rows, close it, open it with the full current schema and read them back.
 */
const SAMPLE = {
  messages: { key: 'k1', account: '陈经理', site: 'wechat-web', chat: '销售协作群', chatKind: 'group', msgId: '1', direction: 'in', senderName: 'x', type: 'text', textLength: 3, links: [], seenAt: 1, recalled: 0 },
  chats: { key: 'c1', account: '陈经理', site: 'wechat-web', name: '销售协作群', kind: 'group', firstSeenAt: 1, lastSeenAt: 2 },
  log: { eventId: 'e1', kind: 'health', at: 1, data: {} },
};

describe('database migrations', () => {
  it('has strictly increasing versions starting at 1', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(SCHEMA.map((_, i) => i + 1));
  });

  it.each(SCHEMA.map((s) => s.version))('opening the current schema over a version %i database keeps its rows', async (version) => {
    const name = `qunguard-migration-${version}`;
    const old = openDb(name, SCHEMA.slice(0, version));
    await old.open();
    for (const [table, row] of Object.entries(SAMPLE)) {
      if (old.tables.some((t) => t.name === table)) await old.table(table).add(row);
    }
    const before = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.count()] as const)));
    old.close();

    const current = openDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA.at(-1)!.version);
    for (const [table, count] of Object.entries(before)) expect(await current.table(table).count()).toBe(count);
    expect(await current.messages.get('k1')).toMatchObject({ msgId: '1', chat: '销售协作群' });
    await current.delete();
  });

  it('version 2 gives version 1 messages a chat class and a time from when they were seen', async () => {
    const name = 'qunguard-migration-v1-to-v2';
    const old = openDb(name, SCHEMA.slice(0, 1));
    await old.open();
    await old.table('messages').add({ ...SAMPLE.messages, seenAt: 1234 });
    old.close();
    const current = openDb(name);
    await current.open();
    expect(await current.messages.get('k1')).toMatchObject({ chatClass: 'unknown', time: 1234, timeSource: 'first-seen' });
    expect(await current.messages.where('chatClass').equals('unknown').count()).toBe(1);
    await current.delete();
  });
});

describe('database migration to version 3', () => {
  it('chains the rows stored before the chain existed, and the chain verifies', async () => {
    const { verifyStore } = await import('@/utils/store/verify');
    const name = 'qunguard-migration-v2-to-v3';
    const old = openDb(name, SCHEMA.slice(0, 2));
    await old.open();
    await old.table('messages').bulkAdd([
      { ...SAMPLE.messages, key: 'late', seenAt: 20, chatClass: 'customer', time: 20, timeSource: 'first-seen' },
      { ...SAMPLE.messages, key: 'early', seenAt: 10, chatClass: 'customer', time: 10, timeSource: 'first-seen' },
    ]);
    await old.table('log').add(SAMPLE.log);
    old.close();
    const current = openDb(name);
    await current.open();
    expect((await current.messages.orderBy('seq').toArray()).map((r) => [r.key, r.seq])).toEqual([['early', 0], ['late', 1]]);
    expect((await current.log.toArray()).map((r) => r.seq)).toEqual([2]);
    expect(await current.meta.get('chain')).toMatchObject({ nextSeq: 3 });
    expect(await verifyStore(current)).toMatchObject({ ok: true, rows: 3 });
    await current.delete();
  });
});
