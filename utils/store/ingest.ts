/**
 * Applies a batch of bus events to the database in one transaction. Idempotent: the same batch applied twice,
 * or the same message re-rendered by the page, leaves exactly one row. Messages are read with one bulkGet and
 * written with one bulkPut per batch (IndexedDB round trips dominate ingest cost). Every new message and log row is
 * linked into the hash chain (utils/store/chain.ts) in the same transaction, in the order the batch lists them.
 */
import type { LogEntry, StoredEvent } from '../bus/protocol';
import { accountChatKey, messageKey } from '../core/keys';
import { capText } from '../core/text';
import { prepareSha256 } from '../tamper/sha256';
import { linkRow, readHead } from './chain';
import { storedField, storedLink } from './minimise';
import type { ChatRow, MessageRow, QunGuardDb } from './db';

export interface IngestOptions {
  /**
   * Keep message text (policy `records.storeText`); otherwise only its length is kept, links lose their query and
   * fragment and personal data in stored fields is masked (minimise.ts).
   */
  storeText: boolean;
  maxTextChars: number;
}

export interface IngestResult {
  stored: number;
  duplicates: number;
}

function messageRow(event: Extract<StoredEvent, { kind: 'message' }>, key: string, options: IngestOptions): MessageRow {
  const { account, message } = event;
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
    links: message.links.map((link) => storedLink(link, options.storeText)),
    seenAt: message.firstSeenAt,
    chatClass: event.chatClass ?? 'unknown',
    time: event.time ?? message.firstSeenAt,
    timeSource: event.timeSource ?? 'first-seen',
    recalled: 0,
  };
  if (message.senderId) row.senderId = message.senderId;
  if (options.storeText && message.text !== undefined) row.text = capText(message.text, options.maxTextChars);
  if (message.fileName) row.fileName = storedField(message.fileName, options.storeText);
  if (message.dividerTime) row.dividerTime = message.dividerTime;
  if (message.sendFailed) row.sendFailed = true;
  return row;
}

const idKey = (account: string, msgId: string) => `${account}\u001f${msgId}`;
/**
 * The site's own message ids (web WeChat's MsgId: digits) name one message of the account wherever it is; ids
 * QunGuard makes up for system lines (`sys-…`, from their text) are only unique within their chat.
 */
const isSiteId = (msgId: string) => /^\d+$/.test(msgId);

export async function ingestEvents(db: QunGuardDb, events: StoredEvent[], options: IngestOptions): Promise<IngestResult> {
  const result: IngestResult = { stored: 0, duplicates: 0 };
  await prepareSha256(); // before the transaction: it must not wait on anything but IndexedDB
  await db.transaction('rw', [db.messages, db.chats, db.log, db.meta], async () => {
    const head = await readHead(db);
    const headSeq = head.nextSeq;
    /** Adds a log entry, chained, unless its eventId is stored already (a retried batch, a second recall). */
    const addLogOnce = async (entry: LogEntry): Promise<boolean> => {
      if (await db.log.where('eventId').equals(entry.eventId).count()) return false;
      await db.log.add(linkRow(head, 'log', { ...entry }));
      return true;
    };
    // 1. Everything this batch touches in `messages`, in one read by key and one by (account, id): a message is
    //    one row whatever its chat was called when it came (a renamed group), and an own send that failed and was
    //    resent is the row of its local id.
    const keys = new Set<string>();
    const ids = new Map<string, [string, string]>();
    const wantId = (account: string, msgId: string) => isSiteId(msgId) && ids.set(idKey(account, msgId), [account, msgId]);
    for (const e of events) {
      if (e.kind === 'message') {
        keys.add(messageKey(e.account, e.message.chat, e.message.msgId));
        wantId(e.account, e.message.msgId);
        if (e.message.localId) wantId(e.account, e.message.localId);
      } else if (e.kind === 'recall') {
        keys.add(messageKey(e.account, e.chat, e.msgId));
        wantId(e.account, e.msgId);
      }
    }
    const keyList = [...keys];
    const existing = new Map<string, MessageRow>();
    (await db.messages.bulkGet(keyList)).forEach((row, i) => row && existing.set(keyList[i]!, row));
    const byId = new Map<string, MessageRow>();
    if (ids.size) for (const row of await db.messages.where('[account+msgId]').anyOf([...ids.values()]).toArray()) byId.set(idKey(row.account, row.msgId), existing.get(row.key) ?? row);
    const find = (key: string, account: string, ...msgIds: Array<string | undefined>): MessageRow | undefined => {
      const row = existing.get(key);
      if (row) return row;
      for (const id of msgIds) {
        const same = id && isSiteId(id) ? byId.get(idKey(account, id)) : undefined;
        if (same) return existing.get(same.key) ?? same;
      }
      return undefined;
    };
    const dirty = new Map<string, MessageRow>();

    for (const event of events) {
      switch (event.kind) {
        case 'message': {
          const key = messageKey(event.account, event.message.chat, event.message.msgId);
          const row = find(key, event.account, event.message.msgId, event.message.localId);
          if (row) {
            result.duplicates++;
            // A later sighting can only add facts (a send failure cleared), never move seenAt.
            if (row.sendFailed && !event.message.sendFailed) {
              row.sendFailed = false;
              existing.set(row.key, row);
              dirty.set(row.key, row);
            }
            break;
          }
          const fresh = linkRow(head, 'messages', messageRow(event, key, options));
          existing.set(key, fresh);
          byId.set(idKey(event.account, fresh.msgId), fresh);
          if (event.message.localId) byId.set(idKey(event.account, event.message.localId), fresh);
          dirty.set(key, fresh);
          result.stored++;
          break;
        }
        case 'recall': {
          const row = find(messageKey(event.account, event.chat, event.msgId), event.account, event.msgId);
          const key = row?.key ?? messageKey(event.account, event.chat, event.msgId);
          if (row?.recalled) result.duplicates++;
          else if (row) {
            row.recalled = 1;
            row.recalledAt = event.at;
            existing.set(key, row);
            dirty.set(key, row);
            // The flag is not hashed (it changes after the row is written); the recall itself is a chained fact.
            await addLogOnce({ eventId: `recall\u001f${key}`, kind: 'recall', at: event.at, account: event.account, chat: row.chat, data: { msgId: row.msgId } });
            result.stored++;
          }
          break;
        }
        case 'chat': {
          const key = accountChatKey(event.account, event.chat);
          const previous = await db.chats.get(key);
          const row: ChatRow = {
            key,
            account: event.account,
            site: event.site,
            name: event.chat.name,
            kind: event.chat.kind,
            firstSeenAt: previous?.firstSeenAt ?? event.at,
            lastSeenAt: Math.max(previous?.lastSeenAt ?? 0, event.at),
          };
          const memberCount = event.chat.memberCount ?? previous?.memberCount;
          if (memberCount !== undefined) row.memberCount = memberCount;
          if (previous?.members) row.members = previous.members;
          if (previous?.membersSeenAt) row.membersSeenAt = previous.membersSeenAt;
          await db.chats.put(row);
          result.stored++;
          break;
        }
        case 'members': {
          const key = accountChatKey(event.account, event.chat);
          const members = event.members.map((m) => m.name);
          const previous = await db.chats.get(key);
          if (previous) await db.chats.update(key, { members, membersSeenAt: event.at });
          else
            await db.chats.put({ key, account: event.account, site: '', name: event.chat.name, kind: event.chat.kind, members, membersSeenAt: event.at, firstSeenAt: event.at, lastSeenAt: event.at });
          result.stored++;
          break;
        }
        case 'log': {
          if (await addLogOnce(event.entry)) result.stored++;
          else result.duplicates++;
          break;
        }
      }
    }
    if (dirty.size) await db.messages.bulkPut([...dirty.values()]);
    if (head.nextSeq !== headSeq) await db.meta.put(head);
  });
  return result;
}
