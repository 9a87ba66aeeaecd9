import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleRequest } from '@/utils/background/handlers';
import { defaultPolicy } from '@/utils/core/policy/model';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { messageEvent } from '../helpers/events';

let db: QunGuardDb;
beforeEach(() => {
  db = openDb(`qunguard-handlers-${Math.random()}`);
});
afterEach(() => db.delete());
const deps = () => ({ db: () => db, policy: async () => defaultPolicy(), now: () => new Date(2023, 10, 14, 12).getTime() });

describe('background request handlers', () => {
  it('acknowledges an ingest batch with what it stored', async () => {
    expect(await handleRequest({ type: 'qg/ingest', batchId: 'b1', events: [messageEvent()] }, deps())).toEqual({ ok: true, stored: 1, duplicates: 0 });
  });

  it('answers a malformed ingest request with an error instead of throwing', async () => {
    expect(await handleRequest({ type: 'qg/ingest', batchId: 'b1', events: 'x' } as never, deps())).toMatchObject({ ok: false });
  });

  it('counts messages seen today for the popup', async () => {
    const today = new Date(2023, 10, 14, 9).getTime();
    await handleRequest({ type: 'qg/ingest', batchId: 'b', events: [messageEvent({ firstSeenAt: today }), messageEvent({ msgId: '2', firstSeenAt: today - 86_400_000 })] }, deps());
    expect(await handleRequest({ type: 'qg/stats' }, deps())).toEqual({ ok: true, messages: 2, chats: 0, logEntries: 0, todayMessages: 1 });
  });
});
