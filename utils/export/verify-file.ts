/**
 * 校验 for any export file: JSON (chain + manifest), or CSV / XLSX (the 序号 and 哈希 columns). Rows are chained as
 * the text each cell shows (formats.ts textRecord), so a spreadsheet row's hash can be recomputed from its cells.
 * A CSV or XLSX file has no manifest: rows removed from its end cannot be seen, and the report says so.
 */
import { readCsv } from '../files/csv-read';
import { readXlsx, XlsxError } from '../files/xlsx';
import { GENESIS, linkHash } from '../tamper/link';
import type { Problem } from '../tamper/problem';
import { sequenceProblems, verifyExportText, type UnreadableExport, type Verification } from './chain';
import { isLiveFormula, unneutralise } from './formats';
import { CHAIN_COLUMNS, CODES_COLUMN, COLUMNS } from './source';

export type FileVerification = (Verification & { format: 'json' | 'csv' | 'xlsx'; endUnchecked: boolean }) | (UnreadableExport & { format?: 'json' | 'csv' | 'xlsx' });

const [SEQ_LABEL, HASH_LABEL] = CHAIN_COLUMNS.map((c) => c.label) as [string, string];

/** Column keys for a header row, when it is one of QunGuard's export kinds plus the chain columns. */
function keysOf(header: string[]): Array<string | null> | null {
  const labels = header.filter((h) => h !== SEQ_LABEL && h !== HASH_LABEL && h !== CODES_COLUMN.label);
  for (const columns of Object.values(COLUMNS)) {
    const byLabel = new Map([...columns, CODES_COLUMN].map((c) => [c.label, c.key]));
    if (labels.length === columns.length && labels.every((l) => byLabel.has(l))) return header.map((h) => byLabel.get(h) ?? null);
  }
  return null;
}

/**
 * Verify spreadsheet rows (header first) exported with the chain columns. CSV cells carry a neutralising `'` before
 * a formula character (removed before hashing; a cell without it would run as a formula in Excel and is reported);
 * XLSX string cells carry their text as it is (schema 2 neutralised them too: such a row is tried both ways).
 */
export function verifyTable(table: string[][], format: 'csv' | 'xlsx' = 'csv'): Verification | UnreadableExport {
  const [header = [], ...body] = table;
  const seqAt = header.indexOf(SEQ_LABEL);
  const hashAt = header.indexOf(HASH_LABEL);
  const keys = keysOf(header);
  if (seqAt < 0 || hashAt < 0 || !keys) return { ok: false, error: 'noChainColumns' };
  const rows = body.filter((cells) => cells.some((c) => c !== '')); // a trailing empty line is not a row
  const hashBySeq = new Map<number, string>();
  const problems: Problem[] = [];
  const recordOf = (cells: string[], read: (cell: string) => string) => {
    const record: Record<string, string> = {};
    keys.forEach((key, k) => {
      if (key) record[key] = read(cells[k] ?? '');
    });
    return record;
  };
  const parsed = rows.map((cells, i) => {
    const seq = /^\d+$/.test(cells[seqAt] ?? '') ? Number(cells[seqAt]) : NaN;
    const hash = cells[hashAt] ?? '';
    if (!Number.isNaN(seq) && !hashBySeq.has(seq)) hashBySeq.set(seq, hash);
    if (format === 'csv') {
      cells.forEach((cell, k) => {
        if (keys[k] && isLiveFormula(cell)) problems.push({ type: 'formula', code: 'formulaCell', row: i + 2, column: header[k] ?? '' });
      });
    }
    return { line: i + 2, seq, hash, cells };
  });

  const seen = new Set<number>();
  const order: Array<{ seq: number; row: number }> = [];
  for (const r of parsed) {
    if (Number.isNaN(r.seq) || !/^[0-9a-f]{64}$/.test(r.hash)) {
      problems.push({ type: 'inserted', code: 'noChainInfo', row: r.line });
      continue;
    }
    if (seen.has(r.seq)) {
      problems.push({ type: 'inserted', code: 'seqOutOfRange', row: r.line, seq: r.seq });
      continue;
    }
    seen.add(r.seq);
    order.push({ seq: r.seq, row: r.line });
    // The row before in the chain is the one with seq - 1, wherever it stands in the file.
    const prev = r.seq === 0 ? GENESIS : hashBySeq.get(r.seq - 1);
    if (prev === undefined) continue;
    const matches = format === 'csv' ? linkHash(prev, recordOf(r.cells, unneutralise)) === r.hash : linkHash(prev, recordOf(r.cells, (c) => c)) === r.hash || linkHash(prev, recordOf(r.cells, unneutralise)) === r.hash;
    if (!matches) problems.push({ type: 'edited', code: 'edited', row: r.line, seq: r.seq });
  }
  problems.push(...sequenceProblems(order));
  return { ok: problems.length === 0, rows: parsed.length, problems };
}

/** Verify an export file by its content: XLSX (a zip), JSON, or CSV. */
export function verifyExportFile(bytes: Uint8Array): FileVerification {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const result = verifyTable(readXlsx(bytes), 'xlsx');
      return 'error' in result ? { ...result, format: 'xlsx' } : { ...result, format: 'xlsx', endUnchecked: true };
    } catch (error) {
      if (error instanceof XlsxError) return { ok: false, error: 'notAnExport', format: 'xlsx' };
      throw error;
    }
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(text)) {
    const result = verifyExportText(text);
    return 'error' in result ? { ...result, format: 'json' } : { ...result, format: 'json', endUnchecked: false };
  }
  const csv = readCsv(text);
  const result = verifyTable(csv.rows, 'csv');
  return 'error' in result ? { ...result, format: 'csv' } : { ...result, format: 'csv', endUnchecked: true };
}
