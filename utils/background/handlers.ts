/**
 * Background request handlers. The service worker may be stopped at any time, so nothing here keeps state in
 * memory between requests: the database is opened lazily and the policy is read per batch.
 */
import type { BusRequest, ErrorReply, IngestReply, StatsReply } from '../bus/protocol';
import type { Policy } from '../core/policy/model';
import type { QunGuardDb } from '../store/db';
import { ingestEvents } from '../store/ingest';

export interface BackgroundDeps {
  db: () => QunGuardDb;
  policy: () => Promise<Policy>;
  now?: () => number;
}

export async function handleRequest(req: BusRequest, deps: BackgroundDeps): Promise<IngestReply | StatsReply | ErrorReply> {
  switch (req.type) {
    case 'qg/ingest': {
      if (!Array.isArray(req.events)) return { ok: false, error: 'events must be an array' };
      const { records } = await deps.policy();
      const result = await ingestEvents(deps.db(), req.events, {
        storeText: records.storeText,
        maxTextChars: records.maxTextChars,
      });
      return { ok: true, ...result };
    }
    case 'qg/stats': {
      const db = deps.db();
      const midnight = new Date((deps.now ?? Date.now)());
      midnight.setHours(0, 0, 0, 0);
      const [messages, chats, logEntries, todayMessages] = await Promise.all([
        db.messages.count(),
        db.chats.count(),
        db.log.count(),
        db.messages.where('seenAt').aboveOrEqual(midnight.getTime()).count(),
      ]);
      return { ok: true, messages, chats, logEntries, todayMessages };
    }
    default:
      return { ok: false, error: `unknown request ${(req as { type: string }).type}` };
  }
}
