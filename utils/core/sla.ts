/**
 * Reply-time SLA math. A customer's message "waits" from the first incoming message after our last reply; the
 * clock only runs inside business hours and outside quiet hours (each switchable), in the policy time zone.
 */
import type { CustomerPolicy } from './policy/model';
import { quietAt, type QuietHoursPolicy } from './quiet-hours';
import { addDays, hhmmToMinutes as toMinutes, zonedTime, type ZonedTime } from './time';

export interface ClockRules {
  timeZone: string;
  businessHours: CustomerPolicy['businessHours'] | null;
  quietHours: QuietHoursPolicy | null;
}

export function clockRules(policy: { timeZone: string; customer: CustomerPolicy; quietHours: QuietHoursPolicy }): ClockRules {
  return {
    timeZone: policy.timeZone,
    businessHours: policy.customer.pauseOutsideBusinessHours ? policy.customer.businessHours : null,
    quietHours: policy.customer.pauseInQuietHours ? policy.quietHours : null,
  };
}

/** Longest span counted; older waits show as "more than 31 days". */
const MAX_SPAN_MINUTES = 31 * 24 * 60;

function counts(z: ZonedTime, rules: ClockRules): boolean {
  return pauseOf(z, rules) === null;
}

function pauseOf(z: ZonedTime, rules: ClockRules): 'off-hours' | 'quiet-hours' | null {
  if (rules.businessHours) {
    const weekday = z.weekday === 0 ? 7 : z.weekday;
    if (!rules.businessHours.days.includes(weekday)) return 'off-hours';
    if (z.minutes < toMinutes(rules.businessHours.start) || z.minutes >= toMinutes(rules.businessHours.end)) return 'off-hours';
  }
  return rules.quietHours && quietAt(z, rules.quietHours).quiet ? 'quiet-hours' : null;
}

/** Why the reply clock stands still at `at` (outside business hours, or in quiet hours), or null when it runs. */
export function clockPausedAt(at: number, rules: ClockRules): 'off-hours' | 'quiet-hours' | null {
  return pauseOf(zonedTime(at, rules.timeZone), rules);
}

/** Minutes of running clock in [from, to). Steps minute by minute; the zone is re-read every hour (DST). */
export function countableMinutes(from: number, to: number, rules: ClockRules): number {
  if (to <= from) return 0;
  if (!rules.businessHours && !rules.quietHours) return Math.floor((to - from) / 60_000);
  const total = Math.min(Math.floor((to - from) / 60_000), MAX_SPAN_MINUTES);
  let counted = 0;
  let z = zonedTime(from, rules.timeZone);
  for (let i = 0; i < total; i++) {
    if (i % 60 === 0 && i > 0) z = zonedTime(from + i * 60_000, rules.timeZone);
    if (counts(z, rules)) counted++;
    // advance one wall-clock minute
    if (z.minutes === 1439) z = { date: addDays(z.date, 1), weekday: (z.weekday + 1) % 7, minutes: 0, seconds: z.seconds };
    else z = { ...z, minutes: z.minutes + 1 };
  }
  return counted;
}

export interface TimedMessage {
  direction: 'in' | 'out';
  time: number;
}

/**
 * When the chat started waiting for our reply (first incoming after our last outgoing), or null. Messages are
 * taken in the order given (the page's order is chronological; times without a divider are only estimates).
 */
export function waitingSince(messages: TimedMessage[]): number | null {
  let since: number | null = null;
  for (const m of messages) {
    if (m.direction === 'out') since = null;
    else since ??= m.time;
  }
  return since;
}

/** First-response times in clock minutes: for each run of incoming messages, until our next reply. */
export function firstResponseMinutes(messages: TimedMessage[], rules: ClockRules): number[] {
  const out: number[] = [];
  let since: number | null = null;
  for (const m of [...messages].sort((a, b) => a.time - b.time)) {
    if (m.direction === 'in') since ??= m.time;
    else if (since !== null) {
      out.push(countableMinutes(since, m.time, rules));
      since = null;
    }
  }
  return out;
}

export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
