/**
 * Tamper evidence of export files: rows are chained (utils/tamper/link.ts: SHA-256 over the previous hash and the
 * canonical row), with a manifest (count, last hash). Verification reports rows that were edited, removed, inserted
 * or reordered. A chain without a secret proves integrity against edits made without recomputing it; keep the
 * manifest's lastHash (e.g. send it to the manager separately) to pin a file. The database's own chain is
 * utils/store/chain.ts.
 *
 * Call prepareSha256() (utils/tamper/sha256.ts) once in a context before hashing many rows, or the slower JS
 * digest is used.
 */
import { GENESIS, linkHash } from '../tamper/link';
import type { Problem } from '../tamper/problem';

export interface ChainedRow {
  seq: number;
  prev: string;
  hash: string;
  row: Record<string, unknown>;
}

export interface Manifest {
  algorithm: 'SHA-256';
  count: number;
  lastHash: string;
  createdAt: string;
  /** The database's own chain head when the file was exported (an outside anchor for 校验本机数据库). */
  store?: { seq: number; hash: string };
}

/** Chain rows continuing from `state` (for chunked exports); returns the chained rows and the new state. */
export function chainRows(rows: Array<Record<string, unknown>>, state = { seq: 0, hash: GENESIS }): { chained: ChainedRow[]; state: { seq: number; hash: string } } {
  const chained: ChainedRow[] = [];
  let { seq, hash } = state;
  for (const row of rows) {
    const next = linkHash(hash, row);
    chained.push({ seq, prev: hash, hash: next, row });
    seq++;
    hash = next;
  }
  return { chained, state: { seq, hash } };
}

export interface Verification {
  ok: boolean;
  rows: number;
  problems: Problem[];
}

/**
 * Order and completeness of the sequence numbers of a file, in file order: a row that comes after a higher number
 * was moved (two neighbours exchanged: `swapped`, once — not as two deletions), and numbers missing from the whole
 * set were removed (at the start, in the middle, and — with `count` from a manifest — at the end).
 */
export function sequenceProblems(seqs: Array<{ seq: number; row: number }>, count?: number): Problem[] {
  const problems: Problem[] = [];
  let previous: number | null = null;
  let highestBefore = -1; // of the rows before `previous`
  for (const { seq, row } of seqs) {
    if (previous !== null && seq < previous) {
      // 13, 15, 14: the neighbours 14 and 15 exchanged; 15, 13, 14: row 13 moved (not a swap).
      const swapped = seq === previous - 1 && seq > highestBefore;
      problems.push({ type: 'reordered', code: swapped ? 'swapped' : 'reordered', row, seq, after: previous });
    }
    if (previous !== null) highestBefore = Math.max(highestBefore, previous);
    previous = seq;
  }
  const present = [...new Set(seqs.map((s) => s.seq))].sort((a, b) => a - b);
  let expected = 0;
  for (const seq of present) {
    if (seq > expected) problems.push({ type: 'removed', code: 'removed', seq: expected, to: seq - 1 });
    expected = seq + 1;
  }
  if (count !== undefined && expected < count) problems.push({ type: 'removed', code: 'removed', seq: expected, to: count - 1 });
  return problems;
}

/** Check a chained export: every row against its own hash, the links between rows, and the manifest. */
export function verifyChain(rows: ChainedRow[], manifest: Manifest | undefined): Verification {
  const problems: Problem[] = [];
  const byHash = new Map(rows.map((r, i) => [r?.hash, i]));
  const bySeq = new Map<number, ChainedRow>();
  const order: Array<{ seq: number; row: number }> = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!r || typeof r !== 'object' || typeof r.seq !== 'number' || typeof r.hash !== 'string' || typeof r.prev !== 'string' || !r.row) {
      problems.push({ type: 'inserted', code: 'noChainInfo', row: i + 1 });
      continue;
    }
    if (bySeq.has(r.seq) || (manifest && r.seq >= manifest.count)) {
      problems.push({ type: 'inserted', code: 'seqOutOfRange', row: i + 1, seq: r.seq });
      continue;
    }
    bySeq.set(r.seq, r);
    order.push({ seq: r.seq, row: i + 1 });
    if (linkHash(r.prev, r.row) !== r.hash) problems.push({ type: 'edited', code: 'edited', row: i + 1, seq: r.seq });
  }
  // Links by sequence number, wherever the rows stand in the file: a moved row is reported as moved, not as broken.
  for (const { seq, row } of order) {
    const r = bySeq.get(seq)!;
    const before = bySeq.get(seq - 1);
    if (before && r.prev !== before.hash && !byHash.has(r.prev)) problems.push({ type: 'edited', code: 'unlinked', row, seq });
  }
  problems.push(...sequenceProblems(order, manifest?.count));
  if (manifest) {
    const last = bySeq.get(manifest.count - 1);
    if (last && last.hash !== manifest.lastHash) problems.push({ type: 'manifest', code: 'lastHash' });
  } else problems.push({ type: 'manifest', code: 'noManifest' });
  return { ok: problems.length === 0, rows: rows.length, problems };
}

/** Why a file could not be verified at all (i18n key `verify.error.<code>`). */
export type UnreadableExport = { ok: false; error: 'notJson' | 'noRows' | 'noChainColumns' | 'notAnExport' };

export interface ExportFile {
  kind?: string;
  manifest?: Manifest;
  rows: ChainedRow[];
}

/** Parse an exported JSON file (text); a file that is not one gets a clear error instead of an exception. */
export function parseExportText(text: string): ExportFile | UnreadableExport {
  let data: { rows?: unknown };
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!Array.isArray(data.rows)) return { ok: false, error: 'noRows' };
  return data as ExportFile;
}

/** Parse and verify an exported JSON file (text). */
export function verifyExportText(text: string): Verification | UnreadableExport {
  const data = parseExportText(text);
  return 'error' in data ? data : verifyChain(data.rows, data.manifest);
}
