/**
 * Team view: merge several staff exports (JSON) on the manager's machine. Each file's chain is verified; rows are
 * deduplicated (messages by account + chat + message id, other rows by their canonical content), and a per-staff
 * breakdown is computed. No server involved.
 */
import { canonical } from '../tamper/canonical';
import { prepareSha256 } from '../tamper/sha256';
import { parseExportText, verifyChain, type UnreadableExport, type Verification } from './chain';

export interface MergedFile {
  name: string;
  kind?: string;
  rows: number;
  /** null when the file could not be read at all. */
  verification: Verification | null;
  error?: UnreadableExport['error'];
}

export interface StaffBreakdown {
  account: string;
  rows: number;
  chats: number;
  incoming: number;
  outgoing: number;
}

export interface TeamMerge {
  files: MergedFile[];
  rows: Array<Record<string, unknown>>;
  duplicates: number;
  staff: StaffBreakdown[];
}

function rowKey(row: Record<string, unknown>): string {
  return row.msgId !== undefined && row.chat !== undefined ? `m\u001f${row.account}\u001f${row.chat}\u001f${row.msgId}` : `r\u001f${canonical(row)}`;
}

export async function mergeExports(inputs: Array<{ name: string; text: string }>): Promise<TeamMerge> {
  const files: MergedFile[] = [];
  const merged = new Map<string, Record<string, unknown>>();
  let duplicates = 0;
  await prepareSha256();
  for (const input of inputs) {
    // Parsed once, then verified and merged (staff exports can be tens of megabytes).
    const data = parseExportText(input.text);
    if ('error' in data) {
      files.push({ name: input.name, rows: 0, verification: null, error: data.error });
      continue;
    }
    const verification = verifyChain(data.rows, data.manifest);
    for (const chained of data.rows) {
      const row = chained?.row;
      if (!row || typeof row !== 'object') continue;
      const key = rowKey(row);
      if (merged.has(key)) duplicates++;
      else merged.set(key, row);
    }
    files.push({ name: input.name, kind: data.kind, rows: data.rows.length, verification });
  }
  const rows = [...merged.values()].sort((a, b) => String(a.time ?? a.at ?? '').localeCompare(String(b.time ?? b.at ?? '')));
  const byStaff = new Map<string, { rows: number; chats: Set<string>; incoming: number; outgoing: number }>();
  for (const row of rows) {
    const account = String(row.account ?? '');
    const s = byStaff.get(account) ?? { rows: 0, chats: new Set<string>(), incoming: 0, outgoing: 0 };
    s.rows++;
    if (row.chat) s.chats.add(String(row.chat));
    // Schema 3 rows hold the code, schema 2 rows the shown word.
    if (row.direction === 'in' || row.direction === '收') s.incoming++;
    if (row.direction === 'out' || row.direction === '发') s.outgoing++;
    byStaff.set(account, s);
  }
  const staff = [...byStaff].map(([account, s]) => ({ account, rows: s.rows, chats: s.chats.size, incoming: s.incoming, outgoing: s.outgoing })).sort((a, b) => b.rows - a.rows);
  return { files, rows, duplicates, staff };
}
