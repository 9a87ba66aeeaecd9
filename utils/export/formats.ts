/**
 * Export writers for managers: CSV for Excel (UTF-8 BOM, RFC 4180 quoting, CRLF, formula cells neutralised),
 * XLSX (utils/files/xlsx.ts) and JSON (with a schema version). Pure: rows in, bytes out.
 */
import Papa from 'papaparse';
import { writeXlsx } from '../files/xlsx';

/**
 * 3: CSV / XLSX rows are chained as the text each cell shows, for people (local times, codes as words; see
 * present.ts); JSON rows hold the machine values (ISO times, codes, lists as arrays) and are chained as they are.
 * (2: every format chained the shown text, with ISO times and codes. Files of both versions verify.)
 */
export const EXPORT_SCHEMA_VERSION = 3;

/**
 * Cells Excel would run as formulas (or DDE): = + - @ tab CR at the start. Papa Parse's built-in pattern
 * `^[=+\-@\t\r].*$` misses cells with a line break after the first line, so we anchor at the start only.
 * Such cells get a leading `'`; so do cells that already start with `'`s before such a character, which makes
 * the change reversible (unneutralise) and lets 校验 recompute a CSV row's hash exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A CSV cell Excel would run as a formula (or DDE): its neutralising `'` is missing. */
export const isLiveFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

/** The cell text as written, before neutralising, from the text a CSV file (or a schema-2 XLSX file) holds. */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** A value of an exported record; lists (rules, categories, links) are arrays in JSON and space-joined in cells. */
export type Cell = string | number | boolean | null | undefined | string[];

export interface Table {
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, Cell>>;
}

const cellValue = (v: Cell): string | number => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : typeof v === 'boolean' ? (v ? '是' : '否') : v);

/** What a cell shows, as text: the form rows are chained in, whatever the file format. */
export const cellText = (v: Cell): string => String(cellValue(v));

/** A record with every value in its shown text form. */
export function textRecord(record: Record<string, Cell>): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) text[key] = cellText(value);
  return text;
}

/** CSV body (no BOM) for a chunk of rows; `header` only for the first chunk. */
export function csvChunk(table: Table, header: boolean): string {
  const data = table.rows.map((row) => table.columns.map((c) => cellValue(row[c.key])));
  return Papa.unparse(
    { fields: table.columns.map((c) => c.label), data },
    { header, newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
}

export const CSV_BOM = '\uFEFF';

export function toCsv(table: Table): string {
  return `${CSV_BOM}${csvChunk(table, true)}\r\n`;
}

export function toXlsx(table: Table, sheetName = 'QunGuard'): Uint8Array {
  const rows: Array<Array<string | number>> = [table.columns.map((c) => c.label)];
  for (const row of table.rows) {
    rows.push(
      table.columns.map((c) => {
        // XLSX cells are typed: a string cell is never run as a formula, so it carries its text without a `'`.
        return cellValue(row[c.key]);
      }),
    );
  }
  return writeXlsx(rows, sheetName);
}

/**
 * JSON export: `{ schemaVersion, ...meta, columns, rows }` (rows are plain or hash-chained records), one row per
 * line: readable in a text editor and a third faster to parse than indented JSON (校验 parses the whole file).
 */
export function toJson(columns: Table['columns'], rows: unknown[], meta: Record<string, unknown>): string {
  const head = JSON.stringify({ schemaVersion: EXPORT_SCHEMA_VERSION, ...meta, columns });
  const body = rows.map((row) => JSON.stringify(row)).join(',\n');
  return `${head.slice(0, -1)},"rows":[${body ? `\n${body}\n` : ''}]}\n`;
}
