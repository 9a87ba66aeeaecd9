/**
 * Schema v3 upgrade: chain the rows stored before the chain existed — messages by first-seen time, then log
 * entries by time — so retention keeps working in roughly time order. Runs inside Dexie's upgrade transaction.
 */
import type { Transaction } from 'dexie';
import { emptyHead, linkRow } from './chain';
import type { LogRow, MessageRow } from './db';

export async function chainExistingRows(tx: Transaction): Promise<void> {
  const head = emptyHead();
  await tx.table('messages').orderBy('seenAt').modify((row: MessageRow) => void linkRow(head, 'messages', row));
  await tx.table('log').orderBy('at').modify((row: LogRow) => void linkRow(head, 'log', row));
  await tx.table('meta').put(head);
}
