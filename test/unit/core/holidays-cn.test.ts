import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR, officialDays } from '@/utils/core/holidays-cn';
import { defaultQuietHours, inQuietHours } from '@/utils/core/quiet-hours';

const weekday = (date: string) => ['日', '一', '二', '三', '四', '五', '六'][new Date(`${date}T00:00:00Z`).getUTCDay()];

describe('the official holiday calendar matches the notices', () => {
  // The notices' own weekday annotations (周几) for the first and last day off and each 调休 working day.
  it.each([
    ['2025-01-01', '三'], ['2025-01-28', '二'], ['2025-02-04', '二'], ['2025-01-26', '日'], ['2025-02-08', '六'],
    ['2025-04-04', '五'], ['2025-04-06', '日'], ['2025-05-01', '四'], ['2025-05-05', '一'], ['2025-04-27', '日'],
    ['2025-05-31', '六'], ['2025-06-02', '一'], ['2025-10-01', '三'], ['2025-10-08', '三'], ['2025-09-28', '日'], ['2025-10-11', '六'],
    ['2026-01-01', '四'], ['2026-01-03', '六'], ['2026-01-04', '日'], ['2026-02-15', '日'], ['2026-02-23', '一'], ['2026-02-14', '六'], ['2026-02-28', '六'],
    ['2026-04-04', '六'], ['2026-04-06', '一'], ['2026-05-01', '五'], ['2026-05-05', '二'], ['2026-05-09', '六'],
    ['2026-06-19', '五'], ['2026-06-21', '日'], ['2026-09-25', '五'], ['2026-09-27', '日'], ['2026-10-01', '四'], ['2026-10-07', '三'], ['2026-09-20', '日'], ['2026-10-10', '六'],
  ])('%s is a 周%s', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it('has the notices’ day counts (2025: 8-day 春节 and 国庆; 2026: 9-day 春节, 7-day 国庆)', () => {
    const days = (year: number, name: string) => {
      const h = OFFICIAL_CALENDAR.find((y) => y.year === year)!.holidays.find((x) => x.name === name)!;
      return (Date.parse(h.to) - Date.parse(h.from)) / 86_400_000 + 1;
    };
    expect([days(2025, 'spring-festival'), days(2025, 'national-day'), days(2026, 'spring-festival'), days(2026, 'national-day'), days(2026, 'new-year')]).toEqual([8, 8, 9, 7, 3]);
  });

  it('makes every 调休 working day a weekend day, and ships no guessed 2027 days', () => {
    for (const day of officialDays().workdays.keys()) expect(['六', '日']).toContain(weekday(day));
    expect([...officialDays().holidays.keys()].some((d) => d.startsWith('2027'))).toBe(false);
  });
});

describe('quiet hours follow the official calendar by default', () => {
  const at = (iso: string) => Date.parse(`${iso}+08:00`);
  const q = defaultQuietHours();
  it.each([
    ['2026-10-02T10:00:00', true, 'a National Day holiday, all day'],
    ['2026-12-02T10:00:00', false, 'an ordinary Wednesday morning'],
    ['2025-01-29T15:00:00', true, 'Spring Festival 2025'],
  ])('%s → quiet %s (%s)', (iso, quiet) => {
    expect(inQuietHours(at(iso), 'Asia/Shanghai', q).quiet).toBe(quiet);
  });

  it('treats a 调休 Saturday as a working day for weekend windows', () => {
    const weekends = { ...q, windows: [{ days: [6, 7], start: '00:00', end: '23:59' }] };
    expect(inQuietHours(at('2026-10-10T10:00:00'), 'Asia/Shanghai', weekends).quiet).toBe(false);
    expect(inQuietHours(at('2026-10-17T10:00:00'), 'Asia/Shanghai', weekends).quiet).toBe(true);
  });

  it('a company that drops a holiday works that day; one that turns the calendar off uses only its own days', () => {
    expect(inQuietHours(at('2026-10-02T10:00:00'), 'Asia/Shanghai', { ...q, ignoredOfficialDays: ['2026-10-02'] }).quiet).toBe(false);
    expect(inQuietHours(at('2026-10-02T10:00:00'), 'Asia/Shanghai', { ...q, officialCalendar: false }).quiet).toBe(false);
    expect(inQuietHours(at('2027-02-08T10:00:00'), 'Asia/Shanghai', { ...q, holidays: ['2027-02-08'] })).toEqual({ quiet: true, holiday: '2027-02-08' });
  });
});
