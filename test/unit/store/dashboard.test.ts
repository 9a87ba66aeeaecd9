import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '@/utils/core/policy/model';
import { dashboardFigures } from '@/utils/store/dashboard';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { messageEvent } from '../helpers/events';

const NOW = Date.parse('2026-11-23T18:00:00+08:00');
const t = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+08:00`);
let db: QunGuardDb;
beforeEach(() => {
  db = openDb(`qunguard-dash-${Math.random()}`);
});
afterEach(() => db.delete());

describe('dashboard figures', () => {
  it('counts messages per day, response buckets, SLA share, decisions, categories and nickname compliance', async () => {
    const at = (msgId: string, direction: 'in' | 'out', time: number) => {
      const e = messageEvent({ msgId, direction, firstSeenAt: time, chat: { name: '客户-王总', kind: 'direct' } });
      return { ...e, time } as typeof e;
    };
    await ingestEvents(
      db,
      [
        at('1', 'in', t('10:00')),
        at('2', 'out', t('10:04')),
        at('3', 'in', t('11:00')),
        at('4', 'out', t('11:50')),
        { kind: 'log', entry: { eventId: 'w', kind: 'warning', at: t('12:00'), data: { categories: ['business', 'pii:mobile'] } } },
        { kind: 'log', entry: { eventId: 'd1', kind: 'decision', at: t('12:00'), data: { decision: 'cancelled' } } },
        { kind: 'log', entry: { eventId: 'd2', kind: 'decision', at: t('12:01'), data: { decision: 'sent-anyway' } } },
        { kind: 'log', entry: { eventId: 'd3', kind: 'decision', at: t('12:02'), data: { decision: 'cancelled' } } },
        { kind: 'members', account: '陈经理', chat: { name: '销售协作群', kind: 'group' }, members: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }], at: t('09:00') },
        { kind: 'log', entry: { eventId: 'n1', kind: 'nickname', at: t('09:00'), chat: '销售协作群', data: { name: '李四' } } },
      ],
      { storeText: false, maxTextChars: 0 },
    );
    const policy = defaultPolicy();
    policy.customer.pauseOutsideBusinessHours = false;
    const d = await dashboardFigures(db, policy, NOW);
    expect(d.days.at(-1)).toBe('2026-11-23');
    expect(d.messagesIn.at(-1)).toBe(2);
    expect(d.messagesOut.at(-1)).toBe(2);
    expect(d.responseBuckets.find((b) => b.max === 5)!.count).toBe(1);
    expect(d.responseBuckets.find((b) => b.max === 60)!.count).toBe(1);
    expect(d.slaShare.at(-1)).toBe(0.5);
    expect(d.decisions).toEqual([
      { label: 'cancelled', count: 2 },
      { label: 'sent-anyway', count: 1 },
    ]);
    expect(d.categories.map((c) => c.label).sort()).toEqual(['business', 'pii:mobile']);
    expect(d.nickname).toEqual([{ group: '销售协作群', members: 4, flagged: 1 }]);
  });
});
