/**
 * The one IndexedDB database of QunGuard, opened only in extension-origin contexts (background, options, popup).
 * A content script's IndexedDB would belong to the chat site's origin, so content scripts reach this through the bus.
 *
 * Versioning rule (docs/data-model.md): never edit a version that shipped; add the next entry to SCHEMA with the
 * full store list and, when rows must change shape, an `upgrade`. Each step has a test in test/unit/store/.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ChatClass } from '../core/classify';
import type { ChatKind, Direction, MessageType } from '../core/events';
import type { LogEntry } from '../bus/protocol';
import type { ChainHead } from './chain';
import { chainExistingRows } from './chain-upgrade';

export const DB_NAME = 'qunguard';

/** One observed chat message (metadata; `text` only when the policy allows it). */
export interface MessageRow {
  /** account \u001f kind \u001f chat \u001f msgId — see utils/core/keys.ts */
  key: string;
  account: string;
  site: string;
  chat: string;
  chatKind: ChatKind;
  msgId: string;
  direction: Direction;
  senderName: string;
  senderId?: string;
  type: MessageType;
  text?: string;
  textLength: number;
  links: string[];
  fileName?: string;
  dividerTime?: string;
  /** First time QunGuard saw the message (epoch ms). */
  seenAt: number;
  /** Class of the chat when the message was recorded (v2; rows from v1 were upgraded to `unknown`). */
  chatClass: ChatClass;
  /** Best known time of the message (epoch ms) and where it came from (v2). */
  time: number;
  /** app = the site's own send time (exact); divider = the page's time divider; first-seen = when QunGuard saw it. */
  timeSource: 'app' | 'divider' | 'first-seen';
  recalled: 0 | 1;
  recalledAt?: number;
  sendFailed?: boolean;
  /** Hash chain (v3, utils/store/chain.ts): order across messages and log, previous hash, this row's hash. */
  seq?: number;
  prev?: string;
  hash?: string;
}

export interface ChatRow {
  /** account \u001f kind \u001f name */
  key: string;
  account: string;
  site: string;
  name: string;
  kind: ChatKind;
  memberCount?: number;
  members?: string[];
  membersSeenAt?: number;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface LogRow extends LogEntry {
  id?: number;
  /** Hash chain (v3), as on MessageRow. */
  seq?: number;
  prev?: string;
  hash?: string;
}

/** Small keyed facts of the database itself (v3): so far only the chain head. */
export type MetaRow = ChainHead;

/** A staff member's one-click class for a chat (v2). Keyed by account + chat kind + name, never session ids. */
export interface TagRow {
  key: string;
  account: string;
  name: string;
  kind: ChatKind;
  chatClass: ChatClass;
  at: number;
}

export type QunGuardDb = Dexie & {
  messages: EntityTable<MessageRow, 'key'>;
  chats: EntityTable<ChatRow, 'key'>;
  log: EntityTable<LogRow, 'id'>;
  tags: EntityTable<TagRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

export const SCHEMA: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      messages: '&key, account, chat, msgId, seenAt, [chat+seenAt], type, direction',
      chats: '&key, account, name, lastSeenAt',
      log: '++id, &eventId, kind, at, [kind+at], chat',
    },
  },
  {
    // Issue 5: chat classes on messages (customer records and SLA queries), staff tags, message time. Only the
    // indexes queries use are kept: every index costs a write per row (ingest went 1k -> 20k+ rows/s).
    version: 2,
    stores: {
      messages: '&key, seenAt, [chat+seenAt], [chatClass+seenAt]',
      chats: '&key, account, name, lastSeenAt',
      log: '++id, &eventId, kind, at, [kind+at], chat',
      tags: '&key, account, name',
    },
    upgrade: (tx) =>
      tx
        .table('messages')
        .toCollection()
        .modify((row: Partial<MessageRow>) => {
          row.chatClass ??= 'unknown';
          row.time ??= row.seenAt!;
          row.timeSource ??= 'first-seen';
        }),
  },
  {
    // Issue 6: tamper evidence at rest. Every message and log row gets seq/prev/hash; `meta` keeps the chain head.
    version: 3,
    stores: {
      messages: '&key, seenAt, [chat+seenAt], [chatClass+seenAt], seq',
      chats: '&key, account, name, lastSeenAt',
      log: '++id, &eventId, kind, at, [kind+at], chat, seq',
      tags: '&key, account, name',
      meta: '&key',
    },
    upgrade: (tx) => chainExistingRows(tx),
  },
  {
    // Issue 11: a message is one row per account and id, whatever its chat is called (a group renamed
    // mid-session), and an own send keeps its row when the server's id replaces the local one.
    version: 4,
    stores: {
      messages: '&key, seenAt, [chat+seenAt], [chatClass+seenAt], seq, [account+msgId]',
      chats: '&key, account, name, lastSeenAt',
      log: '++id, &eventId, kind, at, [kind+at], chat, seq',
      tags: '&key, account, name',
      meta: '&key',
    },
  },
];

export function openDb(name = DB_NAME, schema: SchemaVersion[] = SCHEMA): QunGuardDb {
  const db = new Dexie(name) as QunGuardDb;
  for (const step of schema) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

let shared: QunGuardDb | null = null;

/** Lazily opened database for this extension page / service worker (a restarted worker opens it again). */
export function getDb(): QunGuardDb {
  shared ??= openDb();
  return shared;
}
