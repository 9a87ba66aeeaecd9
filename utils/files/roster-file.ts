/** A roster file (CSV or XLSX, told apart by content, not by name) -> RosterImport with line-numbered errors. */
import { message } from '../core/message';
import { rosterFromTable, type RosterImport } from '../core/nickname/roster-import';
import { readCsv } from './csv-read';
import { readXlsx, XlsxError } from './xlsx';

const MAX_BYTES = 20 * 1024 * 1024;

export function readRosterFile(bytes: Uint8Array, requireDepartment = true): RosterImport {
  const empty: RosterImport = { entries: [], errors: [], warnings: [], columns: {}, headerLine: 0 };
  if (bytes.length > MAX_BYTES) return { ...empty, errors: [{ line: 0, ...message('fileTooLargeMb', { mb: 20 }) }] };
  if (bytes.length === 0) return { ...empty, errors: [{ line: 0, ...message('fileEmpty') }] };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": XLSX is a zip
  if (isZip) {
    try {
      return rosterFromTable(readXlsx(bytes), requireDepartment);
    } catch (error) {
      return { ...empty, errors: [{ line: 0, ...(error instanceof XlsxError ? error.problem : message('xlsxUnreadable')) }] };
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    return { ...empty, errors: [{ line: 0, ...message('notUtf8') }] };
  }
  const csv = readCsv(text);
  const result = rosterFromTable(csv.rows, requireDepartment);
  return { ...result, errors: [...csv.errors, ...result.errors] };
}
