/**
 * Tamper evidence for exports: rows are chained with SHA-256 (Web Crypto) over the previous hash and the
 * canonical row (keys sorted), and the file carries a manifest (count, last hash). Verification reports rows that
 * were edited, removed, inserted or reordered. A chain without a secret proves integrity against edits made
 * without recomputing it; keep the manifest's lastHash (e.g. send it to the manager separately) to pin a file.
 */
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
}

/** JSON with object keys sorted at every level, so the same row always hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function linkHash(prev: string, row: Record<string, unknown>): Promise<string> {
  return sha256(`${prev}\n${canonical(row)}`);
}

/** Chain rows continuing from `state` (for chunked exports); returns the chained rows and the new state. */
export async function chainRows(rows: Array<Record<string, unknown>>, state = { seq: 0, hash: GENESIS }): Promise<{ chained: ChainedRow[]; state: { seq: number; hash: string } }> {
  const chained: ChainedRow[] = [];
  let { seq, hash } = state;
  for (const row of rows) {
    const next = await linkHash(hash, row);
    chained.push({ seq, prev: hash, hash: next, row });
    seq++;
    hash = next;
  }
  return { chained, state: { seq, hash } };
}

export type Problem = { type: 'edited' | 'removed' | 'inserted' | 'reordered' | 'manifest'; seq?: number; index?: number; detail: string };

export interface Verification {
  ok: boolean;
  rows: number;
  problems: Problem[];
}

/** Check a chained export: every row against its own hash, the links between rows, and the manifest. */
export async function verifyChain(rows: ChainedRow[], manifest: Manifest | undefined): Promise<Verification> {
  const problems: Problem[] = [];
  const byHash = new Map(rows.map((r, i) => [r.hash, i]));
  const seen = new Set<number>();
  let previous: ChainedRow | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (typeof r.seq !== 'number' || typeof r.hash !== 'string' || typeof r.prev !== 'string' || !r.row) {
      problems.push({ type: 'inserted', index: i, detail: `第 ${i + 1} 行没有链信息（后加入的行？）` });
      continue;
    }
    if (seen.has(r.seq) || (manifest && r.seq >= manifest.count)) {
      problems.push({ type: 'inserted', index: i, seq: r.seq, detail: `第 ${i + 1} 行的序号 ${r.seq} 重复或超出导出范围（插入的行）` });
      continue;
    }
    seen.add(r.seq);
    if ((await linkHash(r.prev, r.row)) !== r.hash) problems.push({ type: 'edited', index: i, seq: r.seq, detail: `序号 ${r.seq} 的内容被改动` });
    if (previous) {
      if (r.seq < previous.seq) problems.push({ type: 'reordered', index: i, seq: r.seq, detail: `序号 ${r.seq} 出现在 ${previous.seq} 之后（顺序被调换）` });
      else if (r.seq > previous.seq + 1) problems.push({ type: 'removed', seq: previous.seq + 1, detail: `缺少序号 ${previous.seq + 1}${r.seq - previous.seq > 2 ? `–${r.seq - 1}` : ''}（行被删除）` });
      else if (r.prev !== previous.hash && !byHash.has(r.prev)) problems.push({ type: 'edited', index: i, seq: r.seq, detail: `序号 ${r.seq} 与前一行不相连` });
    } else if (r.seq > 0) problems.push({ type: 'removed', seq: 0, detail: `缺少序号 0${r.seq > 1 ? `–${r.seq - 1}` : ''}（开头的行被删除）` });
    previous = r;
  }
  if (manifest) {
    const maxSeq = Math.max(-1, ...seen);
    if (maxSeq + 1 < manifest.count) problems.push({ type: 'removed', seq: maxSeq + 1, detail: `缺少序号 ${maxSeq + 1}–${manifest.count - 1}（末尾的行被删除）` });
    const last = rows.find((r) => r.seq === manifest.count - 1);
    if (last && last.hash !== manifest.lastHash) problems.push({ type: 'manifest', detail: '最后一行的哈希与清单不一致' });
  } else problems.push({ type: 'manifest', detail: '文件没有清单（manifest）' });
  return { ok: problems.length === 0, rows: rows.length, problems };
}

/** Parse and verify an exported JSON file (text). Bad files get a clear error instead of an exception. */
export async function verifyExportText(text: string): Promise<Verification | { ok: false; error: string }> {
  let data: { manifest?: Manifest; rows?: unknown };
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: '不是 JSON 文件（只有 JSON 导出带完整的校验信息）' };
  }
  if (!Array.isArray(data.rows)) return { ok: false, error: '文件里没有 rows 数组，不是 QunGuard 的导出' };
  return verifyChain(data.rows as ChainedRow[], data.manifest);
}
