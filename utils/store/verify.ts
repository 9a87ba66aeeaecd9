/**
 * 校验本机数据库: walks the stored hash chain in seq order (both tables, chunk by chunk, so a million rows never sit
 * in memory) and reports rows that were edited, removed, inserted or reordered since they were written. Gaps that a
 * chained `purge` row accounts for (retention) are not problems.
 */
import { GENESIS, linkHash } from '../tamper/link';
import type { Problem } from '../tamper/problem';
import { prepareSha256 } from '../tamper/sha256';
import { chainContent, readChainChunk, readHead, type ChainFields, type PurgedRange } from './chain';
import type { QunGuardDb } from './db';

export interface StoreVerification {
  ok: boolean;
  /** Rows checked in the chain. */
  rows: number;
  /** Sequence numbers a retention purge accounts for. */
  purged: number;
  /** The first problems found (at most MAX_PROBLEMS) and how many of each type there were. */
  problems: Problem[];
  counts: Partial<Record<Problem['type'], number>>;
  head: { nextSeq: number; lastHash: string };
}

const MAX_PROBLEMS = 200;

/** Walks purge ranges from `from` to `to`; the hash of row `to` if they cover the whole gap, otherwise null. */
export function coveredGap(rangesByStart: Map<number, PurgedRange>, from: number, to: number): string | null {
  let position = from;
  let lastHash: string | null = null;
  while (position <= to) {
    const range = rangesByStart.get(position);
    if (!range || range.to > to) return null;
    lastHash = range.lastHash;
    position = range.to + 1;
  }
  return lastHash;
}

async function purgeRanges(db: QunGuardDb): Promise<Map<number, PurgedRange>> {
  const byStart = new Map<number, PurgedRange>();
  for (const row of await db.log.where('kind').equals('purge').toArray()) {
    for (const range of (row.data.ranges as PurgedRange[] | undefined) ?? []) byStart.set(range.from, range);
  }
  return byStart;
}

export async function verifyStore(db: QunGuardDb, options: { chunk?: number; onProgress?: (share: number) => void; signal?: AbortSignal } = {}): Promise<StoreVerification> {
  const chunk = options.chunk ?? 2000;
  await prepareSha256();
  const head = await readHead(db);
  const ranges = await purgeRanges(db);
  const total = Math.max(1, (await db.messages.count()) + (await db.log.count()));
  let purged = 0;
  let rows = 0;
  const problems: Problem[] = [];
  const counts: StoreVerification['counts'] = {};
  const report = (problem: Problem) => {
    counts[problem.type] = (counts[problem.type] ?? 0) + 1;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const gap = (from: number, to: number): string | null => {
    const hash = coveredGap(ranges, from, to);
    if (hash === null) report({ type: 'removed', code: 'removed', seq: from, to });
    else purged += to - from + 1;
    return hash;
  };

  let expected = 0;
  /** Hash the next row must link to; null after an unexplained gap (then only the row's own hash is checked). */
  let previousHash: string | null = GENESIS;
  let lastSeq = -1;
  // Read-ahead: the next chunk is requested before this one is hashed, so reading overlaps with checking.
  const read = (fromSeq: number) => {
    const pending = readChainChunk(db, fromSeq, chunk);
    pending.catch(() => {}); // handled where awaited; not unhandled if verification stops first
    return pending;
  };
  let next = read(0);
  for (;;) {
    options.signal?.throwIfAborted();
    const batch = await next;
    const inHead = batch.filter((r) => (r.row.seq as number) < head.nextSeq);
    if (!inHead.length) break;
    next = read((inHead.at(-1)!.row.seq as number) + 1); // chunks come sorted by seq
    // Hashes of this chunk, to tell a moved row (its prev is a neighbour's hash) from an edited one.
    const chunkHashes = new Set(inHead.map((r) => r.row.hash));
    // Each row's own hash checked once; of two rows with one seq, the intact one is taken as the original.
    const intact = new Map(inHead.map((r) => [r, typeof r.row.prev === 'string' && linkHash(r.row.prev, chainContent(r.table, r.row)) === r.row.hash]));
    inHead.sort((a, b) => (a.row.seq as number) - (b.row.seq as number) || Number(intact.get(b)) - Number(intact.get(a)));
    for (const entry of inHead) {
      const { table, row } = entry;
      const { seq, prev, hash } = row as Partial<ChainFields>;
      if (typeof seq !== 'number' || typeof prev !== 'string' || typeof hash !== 'string') {
        report({ type: 'inserted', code: 'noChainInfo', table });
        continue;
      }
      if (seq === lastSeq) {
        report({ type: 'inserted', code: 'duplicateSeq', seq, table });
        continue;
      }
      if (seq > expected) previousHash = gap(expected, seq - 1);
      rows++;
      if (!intact.get(entry)) report({ type: 'edited', code: 'edited', seq, table });
      else if (previousHash !== null && prev !== previousHash) {
        report(
          chunkHashes.has(prev)
            ? { type: 'reordered', code: 'reordered', seq, table }
            : { type: 'edited', code: 'unlinked', seq, table },
        );
      }
      previousHash = hash;
      expected = seq + 1;
      lastSeq = seq;
    }
    options.onProgress?.(Math.min(1, rows / total));
  }
  if (expected < head.nextSeq) previousHash = gap(expected, head.nextSeq - 1);
  if (previousHash !== null && previousHash !== head.lastHash) report({ type: 'manifest', code: 'lastHash' });

  // Rows outside the chain: no seq at all, or a seq beyond the head (both can only be added by hand).
  await db.transaction('r', [db.messages, db.log, db.meta], async () => {
    const now = await readHead(db);
    const unchained = (await db.messages.count()) + (await db.log.count()) - (await db.messages.where('seq').aboveOrEqual(-Infinity).count()) - (await db.log.where('seq').aboveOrEqual(-Infinity).count());
    const beyond = (await db.messages.where('seq').aboveOrEqual(now.nextSeq).count()) + (await db.log.where('seq').aboveOrEqual(now.nextSeq).count());
    if (unchained > 0) report({ type: 'inserted', code: 'unchainedRows', count: unchained });
    if (beyond > 0) report({ type: 'inserted', code: 'beyondHead', count: beyond });
  });
  options.onProgress?.(1);
  return { ok: problems.length === 0, rows, purged, problems, counts, head: { nextSeq: head.nextSeq, lastHash: head.lastHash } };
}
