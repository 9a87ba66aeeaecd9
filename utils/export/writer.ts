/**
 * One export file being written chunk by chunk: every record is chained (as the text each cell shows, so a CSV or
 * XLSX file verifies as well as the JSON), then kept in the chosen format. The options page and the benchmark both
 * write exports through this.
 */
import { GENESIS } from '../tamper/link';
import { chainRows, type ChainedRow, type Manifest } from './chain';
import { CSV_BOM, csvChunk, toJson, toXlsx, type Cell } from './formats';
import { CODES_COLUMN, recordPresenter, type PresentOptions } from './present';
import { CHAIN_COLUMNS, COLUMNS, type ExportFilters, type ExportKind } from './source';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface ExportFile {
  parts: BlobPart[];
  type: string;
  extension: ExportFormat;
}

export interface ExportWriter {
  add(records: Array<Record<string, Cell>>): void;
  /** The file; `store` is the database's chain head at export time, kept in the JSON manifest. */
  finish(meta: { filters?: ExportFilters; store?: Manifest['store'] }): ExportFile;
}

/**
 * `present`: the policy time zone for the times people read and whether to add the 代码 column (CSV / XLSX only;
 * JSON keeps machine values).
 */
export function exportWriter(kind: ExportKind, format: ExportFormat, present: PresentOptions = { timeZone: 'Asia/Shanghai' }): ExportWriter {
  // Every row carries 序号 + SHA-256 哈希, so 校验 can tell edited, removed, inserted or reordered rows.
  const shownColumns = [...COLUMNS[kind], ...(present.codes ? [CODES_COLUMN] : [])];
  const columns = [...shownColumns, ...CHAIN_COLUMNS];
  const forPeople = recordPresenter(kind, shownColumns, present);
  const machine = (record: Record<string, Cell>) => Object.fromEntries(COLUMNS[kind].map(({ key }) => [key, record[key] ?? '']));
  const csvParts: string[] = [CSV_BOM];
  const sheetRows: Array<Record<string, Cell>> = [];
  const chained: ChainedRow[] = [];
  let chain = { seq: 0, hash: GENESIS };
  return {
    add(records) {
      if (format === 'json') {
        const linked = chainRows(records.map(machine), chain);
        chain = linked.state;
        chained.push(...linked.chained);
        return;
      }
      const shown = records.map(forPeople);
      const linked = chainRows(shown, chain);
      chain = linked.state;
      const rows: Array<Record<string, Cell>> = shown.map((record, i) => ({ ...record, seq: linked.chained[i]!.seq, hash: linked.chained[i]!.hash }));
      if (format === 'csv') csvParts.push(csvChunk({ columns, rows }, csvParts.length === 1), '\r\n');
      else sheetRows.push(...rows);
    },
    finish({ filters, store }) {
      if (format === 'csv') {
        // No rows: the header alone (Papa Parse already ends a header-only text with the line break).
        if (csvParts.length === 1) csvParts.push(csvChunk({ columns, rows: [] }, true));
        return { parts: csvParts, type: 'text/csv;charset=utf-8', extension: 'csv' };
      }
      if (format === 'xlsx') return { parts: [toXlsx({ columns, rows: sheetRows }) as BlobPart], type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
      const manifest: Manifest = { algorithm: 'SHA-256', count: chain.seq, lastHash: chain.hash, createdAt: new Date().toISOString() };
      if (store) manifest.store = store;
      return { parts: [toJson(COLUMNS[kind], chained, { kind, timeZone: present.timeZone, filters, manifest })], type: 'application/json', extension: 'json' };
    },
  };
}
