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

/** Per day, account and customer chat: message counts and first-response times (clock minutes). */
export async function dailyCustomerFigures(db: QunGuardDb, policy: Policy, sinceMs: number): Promise<DailyFigure[]> {
  const rows = await db.messages.where('[chatClass+seenAt]').between(['customer', sinceMs], ['customer', Infinity]).toArray();
  const rules = clockRules(policy);
  const groups = new Map<string, MessageRow[]>();
  for (const r of rows) {
    if (r.type === 'system' || r.type === 'recall') continue;
    const key = `${dayInZone(r.time, policy.timeZone)}\u001f${r.account}\u001f${r.chat}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([key, list]) => {
    const [day, account, chat] = key.split('\u001f') as [string, string, string];
    const sorted = list.sort((a, b) => a.time - b.time || a.seenAt - b.seenAt);
    const times = firstResponseMinutes(sorted, rules);
    return {
      day,
      account,
      chat,
      incoming: sorted.filter((r) => r.direction === 'in').length,
      outgoing: sorted.filter((r) => r.direction === 'out').length,
      responses: times.length,
      p50: percentile(times, 50),
      p90: percentile(times, 90),
      withinSla: times.length ? times.filter((t) => t <= policy.customer.slaMinutes).length / times.length : null,
    };
  }).sort((a, b) => (a.day === b.day ? a.chat.localeCompare(b.chat) : a.day < b.day ? 1 : -1));
}
