/**
 * Retention: rows older than the policy's retentionDays are deleted (run daily by the background alarm). Each
 * deletion is itself chained as a `purge` log row naming the seq ranges it removed (and the hash of each range's
 * last row), so 校验 can tell retention from tampering. Purge rows are kept: one small row a day.
 */
import { prepareSha256 } from '../tamper/sha256';
import { linkRow, readHead, type ChainFields, type PurgedRange } from './chain';
import type { LogRow, MessageRow, QunGuardDb } from './db';

export const PURGE_ALARM = 'qunguard-purge';
const PURGE_CHUNK = 5000;

/** Contiguous runs of deleted seqs, each with the hash of its last row. */
export function purgedRanges(rows: Array<Partial<ChainFields>>): PurgedRange[] {
  const chained = rows.filter((r): r is ChainFields => typeof r.seq === 'number' && typeof r.hash === 'string').sort((a, b) => a.seq - b.seq);
  const ranges: PurgedRange[] = [];
  for (const row of chained) {
    const last = ranges.at(-1);
    if (last && row.seq === last.to + 1) Object.assign(last, { to: row.seq, lastHash: row.hash });
    else ranges.push({ from: row.seq, to: row.seq, lastHash: row.hash });
  }
  return ranges;
}

export async function purgeOlderThan(db: QunGuardDb, retentionDays: number, now: number): Promise<{ messages: number; log: number }> {
  const cutoff = now - retentionDays * 86_400_000;
  const total = { messages: 0, log: 0 };
  await prepareSha256();
  // Chunked, one transaction (and one purge row) each, so a first purge of a large database stays small in memory.
  for (let part = 0; ; part++) {
    const done = await db.transaction('rw', [db.messages, db.log, db.meta], async () => {
      const messages: MessageRow[] = await db.messages.where('seenAt').below(cutoff).limit(PURGE_CHUNK).toArray();
      // Purge rows and staff acknowledgements of the notice (proof that notice was given) are kept.
      const log: LogRow[] = await db.log.where('at').below(cutoff).filter((r) => r.kind !== 'purge' && r.kind !== 'acknowledged').limit(PURGE_CHUNK).toArray();
      if (!messages.length && !log.length) return true;
      await db.messages.bulkDelete(messages.map((r) => r.key));
      await db.log.bulkDelete(log.map((r) => r.id!));
      const head = await readHead(db);
      const data = { cutoff, messages: messages.length, log: log.length, ranges: purgedRanges([...messages, ...log]) };
      await db.log.add(linkRow(head, 'log', { eventId: `purge\u001f${now}\u001f${part}`, kind: 'purge', at: now, data }));
      await db.meta.put(head);
      total.messages += messages.length;
      total.log += log.length;
      return false;
    });
    if (done) return total;
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
  /** 0..1 */
  share: number;
  warning: boolean;
}

/** Storage use of the extension origin; a warning above 80 % of the quota. */
export async function storageUse(estimate: () => Promise<StorageEstimate> = () => navigator.storage.estimate()): Promise<StorageUse | null> {
  try {
    const { usage = 0, quota = 0 } = await estimate();
    const share = quota ? usage / quota : 0;
    return { usage, quota, share, warning: share > 0.8 };
  } catch {
    return null;
  }
}
