import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '@/utils/core/policy/model';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { ALL_CHATS, dailyCustomerFigures, messagesPage } from '@/utils/store/queries';
import { purgeOlderThan, storageUse } from '@/utils/store/retention';
import { messageEvent } from '../helpers/events';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T12:00:00+08:00');
const OPTS = { storeText: false, maxTextChars: 500 };
let db: QunGuardDb;
beforeEach(() => {
  db = openDb(`qunguard-retention-${Math.random()}`);
});
afterEach(() => db.delete());

describe('retention', () => {
  it('deletes messages and log entries older than the retention period and keeps the rest', async () => {
    await ingestEvents(
      db,
      [
        messageEvent({ msgId: 'old', firstSeenAt: NOW - 200 * DAY }),
        messageEvent({ msgId: 'new', firstSeenAt: NOW - 10 * DAY }),
        { kind: 'log', entry: { eventId: 'a', kind: 'health', at: NOW - 181 * DAY, data: {} } },
        { kind: 'log', entry: { eventId: 'b', kind: 'health', at: NOW - DAY, data: {} } },
      ],
      OPTS,
    );
    expect(await purgeOlderThan(db, 180, NOW)).toEqual({ messages: 1, log: 1 });
    expect((await db.messages.toArray()).map((r) => r.msgId)).toEqual(['new']);
    expect((await db.log.where('kind').notEqual('purge').toArray()).map((r) => r.eventId)).toEqual(['b']);
  });

  it('reports storage use with a warning above 80 %', async () => {
    expect(await storageUse(async () => ({ usage: 90, quota: 100 }))).toEqual({ usage: 90, quota: 100, share: 0.9, warning: true });
    expect(await storageUse(async () => Promise.reject(new Error('no')))).toBeNull();
  });
});

describe('queries', () => {
  it('pages through messages newest first without gaps or repeats', async () => {
    await ingestEvents(db, Array.from({ length: 25 }, (_, i) => messageEvent({ msgId: String(i), firstSeenAt: NOW - (i % 5) * 1000 })), OPTS);
    const seen: string[] = [];
    let cursor: [number, string] | undefined;
    for (let page = 0; page < 10; page++) {
      const { rows, next } = await messagesPage(db, 10, cursor);
      seen.push(...rows.map((r) => r.msgId));
      if (!next) break;
      cursor = next;
    }
    expect(seen.length).toBe(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('computes daily first-response figures per customer chat and per account', async () => {
    const t = (h: number, m: number) => Date.parse(`2026-11-23T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`);
    const at = (msgId: string, direction: 'in' | 'out', time: number, chat = '客户-王总') => {
      const e = messageEvent({ msgId, direction, firstSeenAt: time, chat: { name: chat, kind: 'direct' } });
      return { ...e, time } as typeof e;
    };
    await ingestEvents(db, [at('1', 'in', t(10, 0)), at('2', 'out', t(10, 12)), at('3', 'in', t(14, 0)), at('4', 'out', t(14, 50))], OPTS);
    const policy = defaultPolicy();
    await ingestEvents(db, [at('5', 'in', t(15, 0), '客户-李总'), at('6', 'out', t(15, 5), '客户-李总')], OPTS);
    expect(await dailyCustomerFigures(db, policy, t(0, 0))).toEqual([
      { day: '2026-11-23', account: '陈经理', chat: ALL_CHATS, incoming: 3, outgoing: 3, responses: 3, p50: 12, p90: 50, withinSla: 2 / 3 },
      { day: '2026-11-23', account: '陈经理', chat: '客户-李总', incoming: 1, outgoing: 1, responses: 1, p50: 5, p90: 5, withinSla: 1 },
      { day: '2026-11-23', account: '陈经理', chat: '客户-王总', incoming: 2, outgoing: 2, responses: 2, p50: 12, p90: 50, withinSla: 0.5 },
    ]);
  });
});
