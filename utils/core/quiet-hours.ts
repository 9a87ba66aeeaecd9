/**
 * Quiet hours (免打扰时段): windows per weekday that may cross midnight, in the policy time zone (not the
 * machine's), with a holiday list (quiet all day) and 调休 working days (treated as the weekday given).
 */
import type { ChatClass } from './classify';
import { matchesPattern } from './classify';
import type { ChatKind } from './events';
import { officialDays } from './holidays-cn';
import { addDays, hhmmToMinutes as toMinutes, zonedTime, type ZonedTime } from './time';

export interface QuietWindow {
  /** Weekdays on which the window STARTS: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:MM" in the policy time zone. end <= start means the window crosses midnight. */
  start: string;
  end: string;
}

export interface QuietHoursPolicy {
  enabled: boolean;
  windows: QuietWindow[];
  /** YYYY-MM-DD days that are quiet all day (public holidays). */
  holidays: string[];
  /** 调休: YYYY-MM-DD weekend days that are working days; each behaves like `workdayAs` (default Monday). */
  workdays: string[];
  workdayAs: number;
  /** Apply the built-in official calendar (utils/core/holidays-cn.ts) on top of `holidays` / `workdays`. */
  officialCalendar: boolean;
  /** Official days off or 调休 days this company does not observe (removed from the built-in calendar). */
  ignoredOfficialDays: string[];
  scope: { groups: boolean; direct: boolean; customers: boolean };
  /** Group name patterns exempt from quiet hours (on-call groups). */
  exemptGroups: string[];
  action: 'warn' | 'block';
}

export function defaultQuietHours(): QuietHoursPolicy {
  return {
    enabled: true,
    windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '23:30', end: '07:30' }],
    holidays: [],
    workdays: [],
    workdayAs: 1,
    officialCalendar: true,
    ignoredOfficialDays: [],
    scope: { groups: true, direct: false, customers: false },
    exemptGroups: [],
    action: 'warn',
  };
}

export interface EffectiveCalendar {
  holidays: Set<string>;
  workdays: Set<string>;
}

const calendars = new WeakMap<QuietHoursPolicy, EffectiveCalendar>();

/**
 * The days off and 调休 working days in force: the official calendar (unless turned off) minus the days the
 * company does not observe, plus the company's own days. Computed once per policy object.
 */
export function effectiveCalendar(policy: QuietHoursPolicy): EffectiveCalendar {
  const cached = calendars.get(policy);
  if (cached) return cached;
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  if (policy.officialCalendar ?? true) {
    const ignored = new Set(policy.ignoredOfficialDays ?? []);
    const official = officialDays();
    for (const day of official.holidays.keys()) if (!ignored.has(day)) holidays.add(day);
    for (const day of official.workdays.keys()) if (!ignored.has(day)) workdays.add(day);
  }
  for (const day of policy.holidays) holidays.add(day);
  for (const day of policy.workdays) workdays.add(day);
  const calendar = { holidays, workdays };
  calendars.set(policy, calendar);
  return calendar;
}

/** ISO weekday 1..7 of a calendar date string, with 调休 days mapped to `workdayAs`. */
function effectiveWeekday(date: string, jsWeekday: number, policy: QuietHoursPolicy): number {
  if (effectiveCalendar(policy).workdays.has(date)) return policy.workdayAs;
  return jsWeekday === 0 ? 7 : jsWeekday;
}

export interface QuietVerdict {
  quiet: boolean;
  /** Why: the window ("23:30–07:30"), or the holiday's date (the UI words both). */
  window?: string;
  holiday?: string;
}

/** Is `epochMs` inside quiet hours? Pure: the zone comes from the policy. */
export function inQuietHours(epochMs: number, timeZone: string, policy: QuietHoursPolicy): QuietVerdict {
  if (!policy.enabled) return { quiet: false };
  return quietAt(zonedTime(epochMs, timeZone), policy);
}

/** Same, for a wall-clock time already known in the policy zone (lets SLA math step minute by minute cheaply). */
export function quietAt(now: ZonedTime, policy: QuietHoursPolicy): QuietVerdict {
  if (!policy.enabled) return { quiet: false };
  const calendar = effectiveCalendar(policy);
  if (calendar.holidays.has(now.date) && !calendar.workdays.has(now.date)) return { quiet: true, holiday: now.date };
  const today = effectiveWeekday(now.date, now.weekday, policy);
  const yesterdayWeekday = effectiveWeekday(addDays(now.date, -1), (now.weekday + 6) % 7, policy);
  for (const w of policy.windows) {
    const start = toMinutes(w.start);
    const end = toMinutes(w.end);
    const label = `${w.start}–${w.end}`;
    if (start < end) {
      if (w.days.includes(today) && now.minutes >= start && now.minutes < end) return { quiet: true, window: label };
    } else {
      // Crosses midnight: the evening part belongs to today's window, the morning part to yesterday's.
      if (w.days.includes(today) && now.minutes >= start) return { quiet: true, window: label };
      if (w.days.includes(yesterdayWeekday) && now.minutes < end) return { quiet: true, window: label };
    }
  }
  return { quiet: false };
}

/** Does quiet hours apply to this chat at all (scope + exemptions)? */
export function quietHoursApply(chat: { name: string; kind: ChatKind }, chatClass: ChatClass, policy: QuietHoursPolicy): boolean {
  if (!policy.enabled) return false;
  if (policy.exemptGroups.some((p) => matchesPattern(chat.name, p))) return false;
  if (chatClass === 'customer' && !policy.scope.customers) return false;
  return chat.kind === 'group' ? policy.scope.groups : policy.scope.direct;
}
