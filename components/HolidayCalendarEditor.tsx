import { OFFICIAL_CALENDAR, OFFICIAL_YEARS, type OfficialHoliday } from '@/utils/core/holidays-cn';
import type { QuietHoursPolicy } from '@/utils/core/quiet-hours';
import { t } from '@/utils/i18n';

function daysOf(h: OfficialHoliday): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${h.from}T00:00:00Z`); d <= Date.parse(`${h.to}T00:00:00Z`); d += 86_400_000) out.push(new Date(d).toISOString().slice(0, 10));
  return [...out, ...h.workdays];
}

/**
 * The official holiday calendar in 免打扰时段: on/off, the years built in (and the first one missing, to add by
 * hand), and each holiday with 本公司执行 — unticking one puts its days in `ignoredOfficialDays`.
 */
export function HolidayCalendarEditor({ q, locked, set, now = Date.now() }: { q: QuietHoursPolicy; locked: boolean; set: (patch: Partial<QuietHoursPolicy>) => Promise<unknown>; now?: number }) {
  const ignored = new Set(q.ignoredOfficialDays ?? []);
  const official = q.officialCalendar ?? true;
  const thisYear = new Date(now).getUTCFullYear();
  const missing = [thisYear, thisYear + 1].find((y) => !OFFICIAL_YEARS.includes(y));
  const observe = (h: OfficialHoliday, on: boolean) => {
    const days = daysOf(h);
    void set({ ignoredOfficialDays: on ? [...ignored].filter((d) => !days.includes(d)) : [...new Set([...ignored, ...days])].sort() });
  };
  return (
    <div data-qg-holiday-calendar>
      <label class="field">
        <input type="checkbox" checked={official} disabled={locked} onChange={(e) => void set({ officialCalendar: e.currentTarget.checked })} data-qg-field="quietHours.officialCalendar" />
        {t('rules.cal.official')}
      </label>
      {official && (
        <>
          <p class="muted">
            {t('rules.cal.years', { years: OFFICIAL_YEARS.join('、') })}
            {missing !== undefined && t('rules.cal.missing', { year: missing })}
          </p>
          {OFFICIAL_CALENDAR.map((year) => (
            <details key={year.year} data-qg-holiday-year={year.year}>
              <summary>{year.year}</summary>
              <table class="table">
                <tbody>
                  {year.holidays.map((h) => (
                    <tr key={h.from} data-qg-holiday={h.from}>
                      <td>{t(`rules.holiday.${h.name}`)}</td>
                      <td>
                        {h.from === h.to ? t('rules.cal.oneDay', { from: h.from }) : t('rules.cal.days', { from: h.from, to: h.to })}
                        {h.workdays.length > 0 && t('rules.cal.workdays', { days: h.workdays.join('、') })}
                      </td>
                      <td>
                        <label>
                          <input type="checkbox" checked={!ignored.has(h.from)} disabled={locked} onChange={(e) => observe(h, e.currentTarget.checked)} data-qg-observe={h.from} />
                          {t('rules.cal.observe')}
                        </label>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ))}
        </>
      )}
    </div>
  );
}
