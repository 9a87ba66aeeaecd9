/**
 * Applies a batch of bus events to the database in one transaction. Idempotent: the same batch applied twice,
 * or the same message re-rendered by the page, leaves exactly one row.
 */
import type { StoredEvent } from '../bus/protocol';
import { chatKey, messageKey } from '../core/keys';
import { capText } from '../core/text';
import type { ChatRow, MessageRow, QunGuardDb } from './db';

export interface IngestOptions {
  /** Keep message text (policy `records.storeText`); otherwise only its length is kept. */
  storeText: boolean;
  maxTextChars: number;
}

export interface IngestResult {
  stored: number;
  duplicates: number;
}

export async function ingestEvents(db: QunGuardDb, events: StoredEvent[], options: IngestOptions): Promise<IngestResult> {
  const result: IngestResult = { stored: 0, duplicates: 0 };
  await db.transaction('rw', db.messages, db.chats, db.log, async () => {
    for (const event of events) {
      switch (event.kind) {
        case 'message': {
          const { account, message } = event;
          const key = messageKey(account, message.chat, message.msgId);
          const existing = await db.messages.get(key);
          if (existing) {
            result.duplicates++;
            // A later sighting can only add facts (send failure cleared, a file name appearing), never move seenAt.
            if (existing.sendFailed && !message.sendFailed) await db.messages.update(key, { sendFailed: false });
            break;
          }
          const row: MessageRow = {
            key,
            account,
            site: event.site,
            chat: message.chat.name,
            chatKind: message.chat.kind,
            msgId: message.msgId,
            direction: message.direction,
            senderName: message.senderName,
            type: message.type,
            textLength: message.text?.length ?? 0,
            links: message.links,
            seenAt: message.firstSeenAt,
            chatClass: event.chatClass ?? 'unknown',
            time: event.time ?? message.firstSeenAt,
            timeSource: event.timeSource ?? 'first-seen',
            recalled: 0,
          };
          if (message.senderId) row.senderId = message.senderId;
          if (options.storeText && message.text !== undefined) row.text = capText(message.text, options.maxTextChars);
          if (message.fileName) row.fileName = message.fileName;
          if (message.dividerTime) row.dividerTime = message.dividerTime;
          if (message.sendFailed) row.sendFailed = true;
          await db.messages.add(row);
          result.stored++;
          break;
        }
        case 'recall': {
          const key = messageKey(event.account, event.chat, event.msgId);
          const existing = await db.messages.get(key);
          if (existing?.recalled) {
            result.duplicates++;
          } else if (existing) {
            await db.messages.update(key, { recalled: 1, recalledAt: event.at });
            result.stored++;
          }
          break;
        }
        case 'chat': {
          const key = `${event.account}\u001f${chatKey(event.chat)}`;
          const existing = await db.chats.get(key);
          const row: ChatRow = {
            key,
            account: event.account,
            site: event.site,
            name: event.chat.name,
            kind: event.chat.kind,
            firstSeenAt: existing?.firstSeenAt ?? event.at,
            lastSeenAt: Math.max(existing?.lastSeenAt ?? 0, event.at),
          };
          const memberCount = event.chat.memberCount ?? existing?.memberCount;
          if (memberCount !== undefined) row.memberCount = memberCount;
          if (existing?.members) row.members = existing.members;
          if (existing?.membersSeenAt) row.membersSeenAt = existing.membersSeenAt;
          await db.chats.put(row);
          result.stored++;
          break;
        }
        case 'members': {
          const key = `${event.account}\u001f${chatKey(event.chat)}`;
          const members = event.members.map((m) => m.name);
          const existing = await db.chats.get(key);
          if (existing) await db.chats.update(key, { members, membersSeenAt: event.at });
          else
            await db.chats.put({
              key,
              account: event.account,
              site: '',
              name: event.chat.name,
              kind: event.chat.kind,
              members,
              membersSeenAt: event.at,
              firstSeenAt: event.at,
              lastSeenAt: event.at,
            });
          result.stored++;
          break;
        }
        case 'log': {
          const dup = await db.log.where('eventId').equals(event.entry.eventId).count();
          if (dup) result.duplicates++;
          else {
            await db.log.add({ ...event.entry });
            result.stored++;
          }
          break;
        }
      }
    }
  });
  return result;
}
