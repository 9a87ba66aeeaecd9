/**
 * The hash chain at rest: every row of `messages` and `log` carries `seq` (one order across both tables), `prev`
 * and `hash` = SHA-256(prev + canonical row), the link of utils/tamper/link.ts. Rows are linked inside the same
 * transaction that writes them, with the chain head kept in `meta` — IndexedDB serialises read-write transactions on
 * `meta`, so the background and an options page can never link two rows to the same head.
 *
 * What is hashed: the row as first written, minus the chain fields and the fields that later sightings may change
 * (a message's recall and send-failure flags). A recall is chained as its own log row (kind `recall`), and a
 * retention purge as a `purge` row naming the sequence ranges it deleted, so verification can tell a purge from a
 * removal.
 */
import { GENESIS, linkHash } from '../tamper/link';
import { prepareSha256 } from '../tamper/sha256';
import type { LogRow, MessageRow, QunGuardDb } from './db';

export const CHAIN_META_KEY = 'chain';

export interface ChainHead {
  key: typeof CHAIN_META_KEY;
  /** seq the next row gets. */
  nextSeq: number;
  /** hash of the row with seq nextSeq - 1 (GENESIS before the first row). */
  lastHash: string;
}

export interface ChainFields {
  seq: number;
  prev: string;
  hash: string;
}

/** One deleted run of the chain, as a purge row records it: seqs from..to, and the hash of row `to`. */
export interface PurgedRange {
  from: number;
  to: number;
  lastHash: string;
}

export type ChainTable = 'messages' | 'log';

/** Fields a message row may change after it is written: not hashed (a recall is chained as its own log row). */
const MESSAGE_MUTABLE = new Set(['recalled', 'recalledAt', 'sendFailed', 'seq', 'prev', 'hash']);
const LOG_UNHASHED = new Set(['id', 'seq', 'prev', 'hash']);

/** What the chain hashes for a row: its immutable fields, tagged with its table so a row cannot move tables. */
export function chainContent(table: ChainTable, row: MessageRow | LogRow): Record<string, unknown> {
  const skip = table === 'messages' ? MESSAGE_MUTABLE : LOG_UNHASHED;
  const content: Record<string, unknown> = { table };
  for (const [key, value] of Object.entries(row)) if (!skip.has(key)) content[key] = value;
  return content;
}

export const emptyHead = (): ChainHead => ({ key: CHAIN_META_KEY, nextSeq: 0, lastHash: GENESIS });

/** The chain head; call inside a transaction that includes `meta`. */
export async function readHead(db: QunGuardDb): Promise<ChainHead> {
  return (await db.meta.get(CHAIN_META_KEY)) ?? emptyHead();
}

/** Give `row` the next link of the chain (mutates row and head; the caller writes both in its transaction). */
export function linkRow<T extends MessageRow | LogRow>(head: ChainHead, table: ChainTable, row: T): T & ChainFields {
  const linked = row as T & ChainFields;
  linked.seq = head.nextSeq;
  linked.prev = head.lastHash;
  linked.hash = linkHash(head.lastHash, chainContent(table, row));
  head.nextSeq++;
  head.lastHash = linked.hash;
  return linked;
}

/** Append log entries as chained rows, in one transaction with the chain head (options page writes use this). */
export async function appendLog(db: QunGuardDb, entries: LogRow[]): Promise<void> {
  await prepareSha256();
  await db.transaction('rw', db.log, db.meta, async () => {
    const head = await readHead(db);
    for (const entry of entries) await db.log.add(linkRow(head, 'log', { ...entry }));
    await db.meta.put(head);
  });
}

export interface ChainedStoreRow {
  table: ChainTable;
  row: (MessageRow | LogRow) & Partial<ChainFields>;
}

/**
 * Up to about `limit` rows with seq >= fromSeq from both tables, in seq order. Both tables are read `limit` ahead
 * and the merge stops before the last seq of a read that hit the limit, so no row is skipped: not of the other
 * table, and not a second row with that same seq (which only a tampered database has).
 */
export async function readChainChunk(db: QunGuardDb, fromSeq: number, limit: number): Promise<ChainedStoreRow[]> {
  const [messages, log] = await Promise.all([
    db.messages.where('seq').aboveOrEqual(fromSeq).limit(limit).toArray(),
    db.log.where('seq').aboveOrEqual(fromSeq).limit(limit).toArray(),
  ]);
  const lastOfFull = (rows: Array<Partial<ChainFields>>) => (rows.length === limit ? (rows.at(-1)!.seq as number) : Infinity);
  const all: ChainedStoreRow[] = [...messages.map((row) => ({ table: 'messages' as const, row })), ...log.map((row) => ({ table: 'log' as const, row }))];
  const limitSeq = Math.min(lastOfFull(messages), lastOfFull(log));
  let rows = all.filter((r) => (r.row.seq as number) < limitSeq);
  if (!rows.length) rows = all.filter((r) => (r.row.seq as number) <= limitSeq); // a whole read of one seq
  return rows.sort((a, b) => (a.row.seq as number) - (b.row.seq as number));
}
