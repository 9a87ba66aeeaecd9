/**
 * Tamper evidence: rows are chained with SHA-256 over the previous hash and the canonical row (keys sorted), both
 * in exports (with a manifest: count, last hash) and at rest in the database (utils/store/chain.ts). Verification
 * reports rows that were edited, removed, inserted or reordered. A chain without a secret proves integrity against
 * edits made without recomputing it; keep the manifest's lastHash (e.g. send it to the manager separately) to pin
 * a file.
 *
 * The digest is synchronous (utils/export/sha256.ts says why it is not Web Crypto); call prepareSha256() once in a
 * context before hashing many rows, or the slower JS digest is used.
 */
import { sha256Hex } from './sha256';

export { prepareSha256, sha256Hex } from './sha256';

export const GENESIS = '0'.repeat(64);

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

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** JSON with object keys sorted at every level, so the same row always hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    // Fast path (every exported and stored row but log data): no nested objects, so JSON.stringify with the sorted
    // key list writes exactly what the general path below writes, several times faster.
    if (!keys.some((k) => isPlainObject(value[k]) || (Array.isArray(value[k]) && (value[k] as unknown[]).some((v) => v !== null && typeof v === 'object')))) {
      return JSON.stringify(value, keys);
    }
    return `{${keys
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function linkHash(prev: string, row: Record<string, unknown>): string {
  return sha256Hex(`${prev}\n${canonical(row)}`);
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

/**
 * A verification finding. `code` names the finding for the UI's locale table (i18n key `verify.problem.<code>`);
 * the numbers fill its placeholders: `row` is a 1-based file row, `seq`..`to` a sequence range.
 */
export type ProblemCode =
  | 'noChainInfo'
  | 'seqOutOfRange'
  | 'duplicateSeq'
  | 'edited'
  | 'unlinked'
  | 'reordered'
  | 'swapped'
  | 'removed'
  | 'formulaCell'
  | 'lastHash'
  | 'noManifest'
  | 'unchainedRows'
  | 'beyondHead';

export interface Problem {
  type: 'edited' | 'removed' | 'inserted' | 'reordered' | 'manifest' | 'formula';
  code: ProblemCode;
  seq?: number;
  to?: number;
  row?: number;
  after?: number;
  count?: number;
  table?: 'messages' | 'log';
  /** The column label of a cell (formulaCell). */
  column?: string;
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
