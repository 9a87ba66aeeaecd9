/**
 * The official mainland-China public holiday and 调休 calendar, as the State Council General Office (国务院办公厅)
 * publishes it each year. Applied by default (quietHours.officialCalendar); a company adds its own days
 * (quietHours.holidays / workdays) and drops official ones it does not observe (quietHours.ignoredOfficialDays).
 *
 * Sources (checked day by day against the notices' text):
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号 (published 2024-11-12).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04, Xinhua; e.g. gmw.cn politics
 *   2025-11/04/content_38391083).
 * - 2027: NOT INCLUDED. No official notice for 2027 was known when this file was written (the notice usually
 *   appears in November of the year before). Nothing is guessed: until a release adds it, an admin enters the
 *   2027 days in 免打扰时段 → 节假日 / 调休上班日 (or in the policy file's quietHours.holidays / workdays).
 *
 * To add a year: append one entry below, copied from the notice, with the notice's name and number in `source`;
 * test/unit/core/holidays-cn.test.ts checks every day's weekday against the notice's own (周几) annotations.
 */

export type HolidayName = 'new-year' | 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';

export interface OfficialHoliday {
  name: HolidayName;
  /** First and last day off, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** 调休: weekend days that are working days for this holiday. */
  workdays: string[];
}

export interface OfficialYear {
  year: number;
  source: string;
  holidays: OfficialHoliday[];
}

export const OFFICIAL_CALENDAR: readonly OfficialYear[] = [
  {
    year: 2025,
    source: 'State Council General Office notice on 2025 holidays, Guobanfa Mingdian [2024] No. 12',
    holidays: [
      { name: 'new-year', from: '2025-01-01', to: '2025-01-01', workdays: [] },
      { name: 'spring-festival', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      { name: 'qingming', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      { name: 'labour-day', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      { name: 'dragon-boat', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      // 国庆节 and 中秋节 together, 8 days.
      { name: 'national-day', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: 'State Council General Office notice on 2026 holidays, published 2025-11-04',
    holidays: [
      { name: 'new-year', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      { name: 'spring-festival', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      { name: 'qingming', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      { name: 'labour-day', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      { name: 'dragon-boat', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      { name: 'mid-autumn', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      { name: 'national-day', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/** Years the built-in calendar covers (the options page says which are missing). */
export const OFFICIAL_YEARS: readonly number[] = OFFICIAL_CALENDAR.map((y) => y.year);

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export interface OfficialDays {
  holidays: Map<string, HolidayName>;
  workdays: Map<string, HolidayName>;
}

let expanded: OfficialDays | null = null;

/** Every official day off and 调休 working day, by date. */
export function officialDays(): OfficialDays {
  if (expanded) return expanded;
  const holidays = new Map<string, HolidayName>();
  const workdays = new Map<string, HolidayName>();
  for (const year of OFFICIAL_CALENDAR) {
    for (const h of year.holidays) {
      for (const day of daysBetween(h.from, h.to)) holidays.set(day, h.name);
      for (const day of h.workdays) workdays.set(day, h.name);
    }
  }
  return (expanded = { holidays, workdays });
}
