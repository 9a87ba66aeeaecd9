/** Figures for the dashboard charts, from the local database (last N days, policy time zone). */
import type { Policy } from '../core/policy/model';
import { addDays, dayInZone } from '../core/time';
import type { QunGuardDb } from './db';
import { customerChatDays } from './queries';

export interface Dashboard {
  days: string[];
  messagesIn: number[];
  messagesOut: number[];
  /** First-response minutes of customer chats, bucketed. */
  /** First-reply times counted up to each bound in minutes (the last bound is Infinity); the UI words them. */
  responseBuckets: Array<{ max: number; count: number }>;
  /** Share of first responses within the SLA per day (null without responses). */
  slaShare: Array<number | null>;
  decisions: Array<{ label: string; count: number }>;
  categories: Array<{ label: string; count: number }>;
  /** Per group: members seen and how many were flagged (bad or outsider). */
  nickname: Array<{ group: string; members: number; flagged: number }>;
}

const BUCKETS = [5, 15, 30, 60, 120, Infinity];

function countBy<T>(items: T[], key: (t: T) => string[]): Array<{ label: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}

export async function dashboardFigures(db: QunGuardDb, policy: Policy, now: number, daysBack = 14): Promise<Dashboard> {
  const tz = policy.timeZone;
  const today = dayInZone(now, tz);
  const days = Array.from({ length: daysBack }, (_, i) => addDays(today, i - daysBack + 1));
  const since = now - (daysBack + 1) * 86_400_000;
  const index = new Map(days.map((d, i) => [d, i]));
  const messages = await db.messages.where('seenAt').aboveOrEqual(since).toArray();
  const messagesIn = days.map(() => 0);
  const messagesOut = days.map(() => 0);
  for (const m of messages) {
    const i = index.get(dayInZone(m.time ?? m.seenAt, tz));
    if (i === undefined) continue;
    if (m.direction === 'in') messagesIn[i]!++;
    else messagesOut[i]!++;
  }
  // First responses per customer chat and day.
  const buckets = BUCKETS.map((max) => ({ max, count: 0 }));
  const within = days.map(() => ({ ok: 0, all: 0 }));
  for (const { day, responses } of customerChatDays(messages, policy)) {
    for (const minutes of responses) {
      buckets[BUCKETS.findIndex((max) => minutes <= max)]!.count++;
      const i = index.get(day);
      if (i === undefined) continue;
      within[i]!.all++;
      if (minutes <= policy.customer.slaMinutes) within[i]!.ok++;
    }
  }
  const log = await db.log.where('at').aboveOrEqual(since).toArray();
  const decisions = countBy(log.filter((l) => l.kind === 'decision'), (l) => [String((l.data as { decision?: string }).decision ?? '')]);
  const categories = countBy(log.filter((l) => l.kind === 'warning'), (l) => ((l.data as { categories?: string[] }).categories ?? []).map(String));
  const flagged = new Map<string, Set<string>>();
  for (const l of log) {
    if (l.kind !== 'nickname' || !l.chat) continue;
    flagged.set(l.chat, (flagged.get(l.chat) ?? new Set()).add(String((l.data as { name?: string }).name)));
  }
  const chats = await db.chats.toArray();
  const nickname = [...flagged].map(([group, names]) => ({
    group,
    flagged: names.size,
    members: Math.max(names.size, chats.find((c) => c.name === group && c.kind === 'group')?.members?.length ?? names.size),
  }));
  return { days, messagesIn, messagesOut, responseBuckets: buckets, slaShare: within.map((w) => (w.all ? w.ok / w.all : null)), decisions, categories, nickname };
}
