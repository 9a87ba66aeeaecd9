/** Read-side queries for the options page and exports: keyset pages and daily customer figures. */
import type { Policy } from '../core/policy/model';
import { clockRules, firstResponseMinutes, percentile } from '../core/sla';
import { dayInZone } from '../core/time';
import type { MessageRow, QunGuardDb } from './db';

/** One page of messages, newest first, continuing before `before` (a [seenAt, key] cursor). Constant cost per page. */
export async function messagesPage(db: QunGuardDb, limit: number, before?: [number, string]): Promise<{ rows: MessageRow[]; next?: [number, string] }> {
  let collection = db.messages.orderBy('seenAt').reverse();
  if (before) collection = db.messages.where('seenAt').belowOrEqual(before[0]).reverse().filter((r) => r.seenAt < before[0] || r.key < before[1]);
  const rows = await collection.limit(limit).toArray();
  const last = rows.at(-1);
  return last && rows.length === limit ? { rows, next: [last.seenAt, last.key] } : { rows };
}

export interface DailyFigure {
  day: string;
  account: string;
  chat: string;
  incoming: number;
  outgoing: number;
  responses: number;
  p50: number | null;
  p90: number | null;
  /** Share of first responses within the SLA threshold, 0..1 (null without responses). */
  withinSla: number | null;
}

/** One customer chat on one day (policy time zone): its messages in time order and its first-response minutes. */
export interface ChatDay {
  day: string;
  account: string;
  chat: string;
  messages: MessageRow[];
  responses: number[];
}

/** Group customer-chat messages by day, account and chat, and measure first responses (shared by figures and dashboard). */
export function customerChatDays(rows: MessageRow[], policy: Policy): ChatDay[] {
  const rules = clockRules(policy);
  const groups = new Map<string, ChatDay>();
  for (const r of rows) {
    if (r.chatClass !== 'customer' || r.type === 'system' || r.type === 'recall') continue;
    const day = dayInZone(r.time ?? r.seenAt, policy.timeZone);
    const key = `${day}\u001f${r.account}\u001f${r.chat}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { day, account: r.account, chat: r.chat, messages: [], responses: [] }));
    group.messages.push(r);
  }
  for (const group of groups.values()) {
    group.messages.sort((a, b) => a.time - b.time || a.seenAt - b.seenAt);
    group.responses = firstResponseMinutes(group.messages, rules);
  }
  return [...groups.values()];
}

/** Label of the per-account total rows in dailyCustomerFigures. */
/** The chat of an account's total row (not a real chat name: WeChat names cannot contain U+0000). */
export const ALL_CHATS = '\u0000all';

/**
 * Per day, account and customer chat: message counts and first-response times (clock minutes); plus, per day and
 * account, a total row (chat = ALL_CHATS) over all that account's customer chats.
 */
export async function dailyCustomerFigures(db: QunGuardDb, policy: Policy, sinceMs: number): Promise<DailyFigure[]> {
  const rows = await db.messages.where('[chatClass+seenAt]').between(['customer', sinceMs], ['customer', Infinity]).toArray();
  const figure = (day: string, account: string, chat: string, list: MessageRow[], times: number[]): DailyFigure => ({
    day,
    account,
    chat,
    incoming: list.filter((r) => r.direction === 'in').length,
    outgoing: list.filter((r) => r.direction === 'out').length,
    responses: times.length,
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    withinSla: times.length ? times.filter((t) => t <= policy.customer.slaMinutes).length / times.length : null,
  });
  const perChat: DailyFigure[] = [];
  const perAccount = new Map<string, { list: MessageRow[]; times: number[] }>();
  for (const { day, account, chat, messages, responses } of customerChatDays(rows, policy)) {
    perChat.push(figure(day, account, chat, messages, responses));
    const total = perAccount.get(`${day}\u001f${account}`) ?? { list: [], times: [] };
    total.list.push(...messages);
    total.times.push(...responses);
    perAccount.set(`${day}\u001f${account}`, total);
  }
  const totals = [...perAccount].map(([key, t]) => {
    const [day, account] = key.split('\u001f') as [string, string];
    return figure(day, account, ALL_CHATS, t.list, t.times);
  });
  // Newest day first; within a day, each account's total first, then its chats.
  return [...totals, ...perChat].sort((a, b) =>
    a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.account !== b.account ? a.account.localeCompare(b.account) : a.chat === ALL_CHATS ? -1 : b.chat === ALL_CHATS ? 1 : a.chat.localeCompare(b.chat),
  );
}
