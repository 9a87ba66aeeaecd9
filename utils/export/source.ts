/**
 * What managers export, read from the database in chunks (keyset on the time index), with filters. Works in
 * extension pages (Dexie lives there). Cancel with an AbortSignal; progress per chunk.
 */
import type { ChatClass } from '../core/classify';
import type { ChatKind } from '../core/events';
import type { LogRow, MessageRow, QunGuardDb } from '../store/db';
import type { Cell, Table } from './formats';

export type ExportKind = 'interactions' | 'decisions' | 'nickname' | 'notices';

export interface ExportFilters {
  kind: ExportKind;
  /** Inclusive epoch ms range. */
  from: number;
  to: number;
  account?: string;
  chatClass?: ChatClass;
  /** Group chats or one-to-one chats only. */
  chatKind?: ChatKind;
  chat?: string;
}

const fmtTime = (ms: number) => new Date(ms).toISOString();

/**
 * Column labels of exported files. They are part of the file format, not of the UI, so they stay zh-CN whatever
 * the UI language: files from staff with different settings must merge (team view) and read the same in Excel.
 */
export const COLUMNS: Record<ExportKind, Table['columns']> = {
  interactions: [
    { key: 'time', label: '时间' },
    { key: 'timeSource', label: '时间来源' },
    { key: 'account', label: '账号' },
    { key: 'chat', label: '聊天' },
    { key: 'chatClass', label: '分类' },
    { key: 'direction', label: '方向' },
    { key: 'senderName', label: '发送人' },
    { key: 'type', label: '类型' },
    { key: 'text', label: '内容' },
    { key: 'textLength', label: '字数' },
    { key: 'fileName', label: '文件名' },
    { key: 'links', label: '链接' },
    { key: 'recalled', label: '已撤回' },
    { key: 'msgId', label: '消息ID' },
  ],
  decisions: [
    { key: 'at', label: '时间' },
    { key: 'kind', label: '记录' },
    { key: 'account', label: '账号' },
    { key: 'chat', label: '聊天' },
    { key: 'action', label: '动作' },
    { key: 'decision', label: '决定' },
    { key: 'reason', label: '原因' },
    { key: 'rules', label: '规则' },
    { key: 'categories', label: '分类' },
    { key: 'destinationClasses', label: '目标分类' },
  ],
  nickname: [
    { key: 'at', label: '时间' },
    { key: 'account', label: '账号' },
    { key: 'chat', label: '群' },
    { key: 'name', label: '昵称' },
    { key: 'verdict', label: '结果' },
    { key: 'reasons', label: '原因' },
    { key: 'suggestion', label: '建议' },
  ],
  notices: [
    { key: 'at', label: '时间' },
    { key: 'account', label: '账号' },
    { key: 'chat', label: '群' },
    { key: 'type', label: '类型' },
    { key: 'from', label: '发布人' },
    { key: 'name', label: '回复人' },
    { key: 'msgId', label: '消息ID' },
  ],
};

/**
 * A stored message as an export record of machine values (JSON keeps them; present.ts words them for people):
 * ISO time, codes, the links as a list.
 */
function messageRecord(r: MessageRow): Record<string, Cell> {
  return {
    time: fmtTime(r.time ?? r.seenAt),
    timeSource: r.timeSource,
    account: r.account,
    chat: r.chat,
    chatClass: r.chatClass,
    direction: r.direction,
    senderName: r.senderName,
    type: r.type,
    text: r.text ?? '',
    textLength: r.textLength,
    fileName: r.fileName ?? '',
    links: r.links,
    recalled: r.recalled === 1,
    msgId: r.msgId,
  };
}

const LIST_FIELDS = new Set(['rules', 'categories', 'destinationClasses', 'reasons']);

/** A log row as an export record with the columns of its export kind (lists stay lists). */
function logRecord(kind: Exclude<ExportKind, 'interactions'>, r: LogRow): Record<string, Cell> {
  const d = r.data as Record<string, unknown>;
  const value = (key: string): Cell => {
    const v = d[key];
    if (LIST_FIELDS.has(key)) return Array.isArray(v) ? v.map(String) : v === undefined || v === null || v === '' ? [] : [String(v)];
    return Array.isArray(v) ? v.join(' ') : ((v as Cell) ?? '');
  };
  const record: Record<string, Cell> = {};
  for (const { key } of COLUMNS[kind]) {
    record[key] = key === 'at' ? fmtTime(r.at) : key === 'kind' ? r.kind : key === 'account' ? (r.account ?? '') : key === 'chat' ? (r.chat ?? '') : value(key);
  }
  return record;
}

/** The optional column with the machine codes of a row (JSON), for programs reading a spreadsheet. */
export const CODES_COLUMN: Table['columns'][number] = { key: 'codes', label: '代码' };

/** The chain columns every CSV/XLSX export ends with (序号 + SHA-256 哈希), so 校验 can check it. */
export const CHAIN_COLUMNS: Table['columns'] = [
  { key: 'seq', label: '序号' },
  { key: 'hash', label: '哈希' },
];

const LOG_KINDS: Record<Exclude<ExportKind, 'interactions'>, Array<LogRow['kind']>> = {
  decisions: ['warning', 'decision'],
  nickname: ['nickname'],
  notices: ['notice'],
};

export const CHUNK = 2000;

/**
 * Keyset paging over a time index without a filter (so IndexedDB can answer with one getAll): the next page starts
 * at the last time seen, skipping the rows at that exact time already returned. The next page is requested before
 * the current one is processed, so reading overlaps with hashing and formatting.
 */
async function pageByTime<T>(read: (from: number, count: number) => Promise<T[]>, timeOf: (row: T) => number, from: number, onPage: (rows: T[]) => Promise<void> | void, signal?: AbortSignal): Promise<void> {
  let cursor = from;
  let skip = 0;
  const fetchPage = (at: number, skipped: number) => read(at, CHUNK + skipped).then((rows) => rows.slice(skipped));
  let next = fetchPage(cursor, skip);
  for (;;) {
    signal?.throwIfAborted();
    const rows = await next;
    if (!rows.length) return;
    const lastTime = timeOf(rows.at(-1)!);
    skip = lastTime === cursor ? skip + rows.length : rows.filter((r) => timeOf(r) === lastTime).length;
    cursor = lastTime;
    const more = rows.length === CHUNK;
    if (more) next = fetchPage(cursor, skip);
    await onPage(rows);
    if (!more) return;
  }
}

/** Calls onChunk with each chunk of matching records, oldest first. Resolves with the number exported. */
export async function readExport(
  db: QunGuardDb,
  filters: ExportFilters,
  onChunk: (records: Array<Record<string, Cell>>, progress: number) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<number> {
  let exported = 0;
  const span = Math.max(1, filters.to - filters.from);
  /** Pages of one table over its time index, filtered and turned into records. */
  const exportPages = <T>(read: (from: number, count: number) => Promise<T[]>, timeOf: (row: T) => number, wanted: (row: T) => boolean, toRecord: (row: T) => Record<string, Cell>) =>
    pageByTime(
      read,
      timeOf,
      filters.from,
      async (rows) => {
        const kept = rows.filter(wanted);
        exported += kept.length;
        await onChunk(kept.map(toRecord), Math.min(1, (timeOf(rows.at(-1)!) - filters.from) / span));
      },
      signal,
    );

  if (filters.kind === 'interactions') {
    await exportPages(
      (from, count) => db.messages.where('seenAt').between(from, filters.to, true, true).limit(count).toArray(),
      (r) => r.seenAt,
      (r) =>
        (!filters.account || r.account === filters.account) && (!filters.chatClass || r.chatClass === filters.chatClass) && (!filters.chatKind || r.chatKind === filters.chatKind) && (!filters.chat || r.chat === filters.chat),
      messageRecord,
    );
    return exported;
  }
  // Log rows name their chat's kind and class in data when the writer knew them (guard entries do); nickname
  // and notice entries are group-only by nature. Rows that do not say are left out once such a filter is set.
  const wanted = (r: LogRow) =>
    (!filters.account || r.account === filters.account) &&
    (!filters.chat || r.chat === filters.chat) &&
    (!filters.chatKind || (r.data.chatKind ?? (r.kind === 'nickname' || r.kind === 'notice' ? 'group' : undefined)) === filters.chatKind) &&
    (!filters.chatClass || r.data.chatClass === filters.chatClass);
  for (const kind of LOG_KINDS[filters.kind]) {
    const exportKind = filters.kind;
    await exportPages((from, count) => db.log.where('[kind+at]').between([kind, from], [kind, filters.to], true, true).limit(count).toArray(), (r) => r.at, wanted, (r) => logRecord(exportKind, r));
  }
  return exported;
}
