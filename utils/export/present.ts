/**
 * Exported rows for people (CSV / XLSX): times in the policy time zone as `2026-12-02 09:55:00`, codes as words
 * in the UI language (`customer` -> 客户, `sent-anyway` -> 仍然发送, `term:business:合同` -> 商业机密：合同). JSON
 * keeps the machine values (ISO times, codes); the optional 代码 column carries them in a spreadsheet too.
 * Values that are not codes (already words, as in schema-2 files) are shown as they are.
 */
import { zonedTime } from '../core/time';
import { getLocale, pageMessages, t, type MessageKey } from '../i18n';
import { categoryName } from '../i18n/messages/shared';
import { canonical } from '../tamper/canonical';
import type { Cell, Table } from './formats';
import { CODES_COLUMN, type ExportKind } from './source';

export { CODES_COLUMN };


const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The zone's offset for the quarter hour holding `ms` (zones change offset on quarter hours at the finest), so a
 * 100,000-row export asks Intl about once per quarter hour of data instead of once per row.
 */
const offsets = new Map<string, number>();
function offsetAt(ms: number, timeZone: string): number {
  const bucket = `${timeZone}|${Math.floor(ms / 900_000)}`;
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    const z = zonedTime(ms, timeZone);
    const [y, m, d] = z.date.split('-').map(Number) as [number, number, number];
    offset = Date.UTC(y, m - 1, d, 0, z.minutes, z.seconds) - Math.floor(ms / 1000) * 1000;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(bucket, offset);
  }
  return offset;
}

/** `2026-12-02T01:55:00.000Z` in Asia/Shanghai -> `2026-12-02 09:55:00`; text that is not an ISO time stays. */
export function localTime(value: Cell, timeZone: string): string {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) return value === null || value === undefined ? '' : String(value);
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
}

/** Words without placeholders, looked up once per locale (an export words the same few codes 100,000 times). */
const wordCache = new Map<string, string | null>();
function cachedWord(key: string): string | null {
  const cacheKey = `${getLocale()}|${key}`;
  let text = wordCache.get(cacheKey);
  if (text === undefined) {
    text = key in pageMessages ? t(key as MessageKey) : null;
    wordCache.set(cacheKey, text);
  }
  return text;
}

/** `<prefix>.<code>` (default `word.<group>.<code>`) when the tables have it, otherwise the value as written. */
function word(group: string, code: string, prefix = `word.${group}`): string {
  return cachedWord(`${prefix}.${code}`) ?? code;
}


function classWord(code: string): string {
  return ['customer', 'internal', 'external', 'ignored', 'unknown'].includes(code) ? cachedWord(`class.${code}`)! : code;
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
const plain = (value: Cell) => (Array.isArray(value) ? value.join(' ') : typeof value === 'boolean' ? cachedWord(value ? 'word.yes' : 'word.no')! : value === null || value === undefined ? '' : String(value));

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

/**
 * A function turning machine records into the text a person reads, for the given columns (keys not in `columns`
 * are dropped). Built once per export: the presenters are looked up per column, not per row.
 */
export function recordPresenter(kind: ExportKind, columns: Table['columns'], options: PresentOptions): (record: Record<string, Cell>) => Record<string, string> {
  const presenters = BY_KIND[kind];
  const plan = columns.map(({ key }) => [key, presenters[key]] as const);
  return (record) => {
    const shown: Record<string, string> = {};
    const codes: Record<string, Cell> = {};
    for (const [key, present] of plan) {
      const value = record[key];
      shown[key] = present ? present(value, options.timeZone) : plain(value);
      if (options.codes && present && value !== undefined && value !== null && value !== '') codes[key] = value;
    }
    if (options.codes) shown[CODES_COLUMN.key] = canonical(codes);
    return shown;
  };
}

/** One machine record as the text a person reads (see recordPresenter). */
export function presentRecord(kind: ExportKind, columns: Table['columns'], record: Record<string, Cell>, options: PresentOptions): Record<string, string> {
  return recordPresenter(kind, columns, options)(record);
}
