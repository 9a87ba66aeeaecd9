/**
 * Exported rows for people (CSV / XLSX): times in the policy time zone as `2026-12-02 09:55:00`, codes as words
 * in the UI language (`customer` -> 客户, `sent-anyway` -> 仍然发送, `term:business:合同` -> 商业机密：合同). JSON
 * keeps the machine values (ISO times, codes); the optional 代码 column carries them in a spreadsheet too.
 * Values that are not codes (already words, as in schema-2 files) are shown as they are.
 */
import { zonedTime } from '../core/time';
import { pageMessages, t, type MessageKey } from '../i18n';
import { categoryName } from '../i18n/messages/shared';
import { canonical } from './chain';
import type { Cell, Table } from './formats';
import { CODES_COLUMN, type ExportKind } from './source';

export { CODES_COLUMN };


const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-02T01:55:00.000Z` in Asia/Shanghai -> `2026-12-02 09:55:00`; text that is not an ISO time stays. */
export function localTime(value: Cell, timeZone: string): string {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) return value === null || value === undefined ? '' : String(value);
  const z = zonedTime(ms, timeZone);
  return `${z.date} ${pad(Math.floor(z.minutes / 60))}:${pad(z.minutes % 60)}:${pad(z.seconds)}`;
}

/** `<prefix>.<code>` (default `word.<group>.<code>`) when the tables have it, otherwise the value as written. */
function word(group: string, code: string, prefix = `word.${group}`): string {
  const key = `${prefix}.${code}`;
  return key in pageMessages ? t(key as MessageKey) : code;
}


function classWord(code: string): string {
  return ['customer', 'internal', 'external', 'ignored', 'unknown'].includes(code) ? t(`class.${code}` as MessageKey) : code;
}

function ruleWord(rule: string): string {
  const [head, ...rest] = rule.split(':');
  if (head === 'term' && rest.length >= 2) return t('word.rule.term', { category: categoryName(t, rest[0]!), term: rest.slice(1).join(':') });
  if (head === 'pii') return categoryName(t, rule);
  if (head === 'forward' && rest.length === 1) return t('word.rule.forward', { class: classWord(rest[0]!) });
  return word('rule', rule);
}

function categoryWord(category: string): string {
  if (category.startsWith('forward:')) return ruleWord(category);
  if (category === 'quiet-hours') return word('rule', category);
  if (category === 'etiquette') return t('word.category.etiquette');
  return categoryName(t, category);
}

const list = (value: Cell): string[] => (Array.isArray(value) ? value : value === null || value === undefined || value === '' ? [] : [String(value)]);
const joined = (value: Cell, each: (code: string) => string) => list(value).map(each).join(t('list.separator'));
const plain = (value: Cell) => (Array.isArray(value) ? value.join(' ') : typeof value === 'boolean' ? t(value ? 'word.yes' : 'word.no') : value === null || value === undefined ? '' : String(value));

type Presenter = (value: Cell, timeZone: string) => string;

const TIME: Presenter = (v, zone) => localTime(v, zone);
const BY_KIND: Record<ExportKind, Record<string, Presenter>> = {
  interactions: {
    time: TIME,
    timeSource: (v) => word('timeSource', plain(v)),
    chatClass: (v) => classWord(plain(v)),
    direction: (v) => word('direction', plain(v)),
    type: (v) => word('msgType', plain(v)),
  },
  decisions: {
    at: TIME,
    kind: (v) => word('logKind', plain(v)),
    action: (v) => word('action', plain(v)),
    decision: (v) => word('decision', plain(v)),
    rules: (v) => joined(v, ruleWord),
    categories: (v) => joined(v, categoryWord),
    destinationClasses: (v) => joined(v, classWord),
  },
  nickname: {
    at: TIME,
    verdict: (v) => word('verdict', plain(v)),
    reasons: (v) => joined(v, (code) => word('reason', code, 'reason')),
  },
  notices: {
    at: TIME,
    type: (v) => word('noticeType', plain(v)),
  },
};

export interface PresentOptions {
  timeZone: string;
  /** Add the 代码 column (the machine values of the worded cells, as JSON). */
  codes?: boolean;
}

/** One machine record as the text a person reads, for the given columns (keys not in `columns` are dropped). */
export function presentRecord(kind: ExportKind, columns: Table['columns'], record: Record<string, Cell>, options: PresentOptions): Record<string, string> {
  const presenters = BY_KIND[kind];
  const shown: Record<string, string> = {};
  const codes: Record<string, Cell> = {};
  for (const { key } of columns) {
    const value = record[key];
    const present = presenters[key];
    shown[key] = present ? present(value, options.timeZone) : plain(value);
    if (present && value !== undefined && value !== null && value !== '') codes[key] = value;
  }
  if (options.codes) shown[CODES_COLUMN.key] = canonical(codes);
  return shown;
}
