/**
 * Times as web WeChat draws them (message dividers, chat-list rows). The page formats them with the browser's own
 * clock and zone, so they are read in the browser's zone, not the policy's: a machine set to Europe/Berlin shows
 * Berlin wall time.
 */
import { addDays, dayInZone, zonedToEpoch } from '../../core/time';

let zoneCache: { zone: string; until: number } | null = null;

/** The zone the page draws its times in (asked again every minute: asking Intl costs ~0.1 ms, per divider). */
export function browserTimeZone(now = Date.now()): string {
  if (!zoneCache || now > zoneCache.until) zoneCache = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', until: now + 60_000 };
  return zoneCache.zone;
}

/** A time the page shows, as epoch ms (null when it cannot be read); see parseShownTimeIn. */
export function parseShownTime(text: string, now: number): number | null {
  return parseShownTimeIn(text, now, browserTimeZone());
}

/**
 * The time a web WeChat divider shows ("14:53", "昨天 09:12", "前天 18:00", "11月20日 14:00",
 * "2025年11月20日 14:00") as epoch ms in `timeZone`, relative to `now`; null when it cannot be read.
 */
export function parseShownTimeIn(text: string, now: number, timeZone: string): number | null {
  const m = /^(?:(\d{4})年)?(?:(\d{1,2})月(\d{1,2})日)?\s*(昨天|前天)?\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[5]) * 60 + Number(m[6]);
  if (minutes >= 24 * 60) return null;
  const today = dayInZone(now, timeZone);
  let date = today;
  if (m[2]) {
    const year = m[1] ? Number(m[1]) : Number(today.slice(0, 4));
    date = `${year}-${m[2].padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (!m[1] && date > today) date = `${year - 1}${date.slice(4)}`;
  } else if (m[4]) date = addDays(today, m[4] === '昨天' ? -1 : -2);
  const epoch = zonedToEpoch(date, minutes, timeZone);
  // A bare "23:50" seen at 00:05 belongs to yesterday.
  if (!m[2] && !m[4] && epoch > now + 60_000) return zonedToEpoch(addDays(today, -1), minutes, timeZone);
  return Number.isNaN(epoch) ? null : epoch;
}
