/**
 * Background request handlers. The service worker may be stopped at any time, so nothing here keeps state in
 * memory between requests: the database is opened lazily and the policy is read per batch.
 */
import type { BusReplies, BusRequest, ErrorReply, IngestReply, StatsReply } from '../bus/protocol';
import { accountChatKey } from '../core/keys';
import type { Policy } from '../core/policy/model';
import type { QunGuardDb } from '../store/db';
import { ingestEvents } from '../store/ingest';
import { messagesPage } from '../store/queries';

export interface BackgroundDeps {
  db: () => QunGuardDb;
  policy: () => Promise<Policy>;
  now?: () => number;
}

type Reply = IngestReply | StatsReply | BusReplies['qg/getPolicy'] | BusReplies['qg/getTags'] | BusReplies['qg/setTag'] | BusReplies['qg/messagesPage'] | ErrorReply;

export async function handleRequest(req: BusRequest, deps: BackgroundDeps): Promise<Reply> {
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
    case 'qg/getPolicy':
      return { ok: true, policy: await deps.policy() };
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
    case 'qg/messagesPage': {
      const limit = Math.min(Math.max(1, Number(req.limit) || 50), 1000);
      return { ok: true, ...(await messagesPage(deps.db(), limit, req.before)) };
    }
    case 'qg/getTags': {
      const rows = await deps.db().tags.where('account').equals(String(req.account)).toArray();
      return { ok: true, tags: rows.map((r) => ({ name: r.name, kind: r.kind, chatClass: r.chatClass })) };
    }
    case 'qg/setTag': {
      if (!req.chat?.name || (req.chat.kind !== 'group' && req.chat.kind !== 'direct')) return { ok: false, error: 'chat must have a name and a kind' };
      const key = accountChatKey(req.account, req.chat);
      if (req.chatClass === null) await deps.db().tags.delete(key);
      else await deps.db().tags.put({ key, account: req.account, name: req.chat.name, kind: req.chat.kind, chatClass: req.chatClass, at: (deps.now ?? Date.now)() });
      return { ok: true };
    }
    default:
      return { ok: false, error: `unknown request ${(req as { type: string }).type}` };
  }
}
