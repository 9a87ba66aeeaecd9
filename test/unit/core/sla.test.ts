import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '@/utils/core/policy/model';
import { defaultQuietHours } from '@/utils/core/quiet-hours';
import { clockPausedAt, clockRules, countableMinutes, firstResponseMinutes, percentile, waitingSince, type ClockRules } from '@/utils/core/sla';

const sh = (iso: string) => Date.parse(`${iso}+08:00`);
const TZ = 'Asia/Shanghai';
const office: ClockRules = { timeZone: TZ, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }, quietHours: null };
const always: ClockRules = { timeZone: TZ, businessHours: null, quietHours: null };

describe('SLA clock minutes', () => {
  it('counts wall minutes when nothing pauses the clock', () => {
    expect(countableMinutes(sh('2026-11-23T10:00:00'), sh('2026-11-23T10:37:00'), always)).toBe(37);
  });
  it('pauses outside business hours, across midnight', () => {
    // Monday 17:50 -> Tuesday 09:10: 10 minutes on Monday + 10 on Tuesday.
    expect(countableMinutes(sh('2026-11-23T17:50:00'), sh('2026-11-24T09:10:00'), office)).toBe(20);
  });
  it('pauses over the weekend', () => {
    // Friday 17:30 -> Monday 09:30: 30 + 30.
    expect(countableMinutes(sh('2026-11-27T17:30:00'), sh('2026-11-30T09:30:00'), office)).toBe(60);
  });
  it('pauses in quiet hours', () => {
    const rules: ClockRules = { timeZone: TZ, businessHours: null, quietHours: defaultQuietHours() };
    // 23:00 -> 08:00: counts 23:00–23:30 and 07:30–08:00.
    expect(countableMinutes(sh('2026-11-23T23:00:00'), sh('2026-11-24T08:00:00'), rules)).toBe(60);
  });
  it('uses the policy zone whatever the machine zone', () => {
    const ny: ClockRules = { ...office, timeZone: 'America/New_York' };
    // 14:00–15:00 UTC is 09:00–10:00 in New York (counted) and 22:00–23:00 in Shanghai (not).
    expect(countableMinutes(Date.UTC(2026, 10, 23, 14), Date.UTC(2026, 10, 23, 15), ny)).toBe(60);
    expect(countableMinutes(Date.UTC(2026, 10, 23, 14), Date.UTC(2026, 10, 23, 15), office)).toBe(0);
  });
  it('builds its rules from the policy switches', () => {
    const p = defaultPolicy();
    expect(clockRules(p).businessHours).not.toBeNull();
    p.customer.pauseOutsideBusinessHours = false;
    p.customer.pauseInQuietHours = false;
    expect(clockRules(p)).toEqual({ timeZone: 'Asia/Shanghai', businessHours: null, quietHours: null });
  });
});

describe('waiting and response times', () => {
  const t = (h: number, m: number) => sh(`2026-11-23T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`);
  it('waits from the first customer message after our last reply', () => {
    expect(waitingSince([{ direction: 'in', time: t(9, 0) }, { direction: 'out', time: t(9, 5) }, { direction: 'in', time: t(10, 0) }, { direction: 'in', time: t(10, 2) }])).toBe(t(10, 0));
  });
  it('is not waiting after our reply', () => {
    expect(waitingSince([{ direction: 'in', time: t(9, 0) }, { direction: 'out', time: t(9, 5) }])).toBeNull();
  });
  it('measures each first response', () => {
    const msgs = [
      { direction: 'in' as const, time: t(9, 0) },
      { direction: 'in' as const, time: t(9, 3) },
      { direction: 'out' as const, time: t(9, 12) },
      { direction: 'out' as const, time: t(9, 13) },
      { direction: 'in' as const, time: t(11, 0) },
      { direction: 'out' as const, time: t(11, 45) },
    ];
    const times = firstResponseMinutes(msgs, always);
    expect(times).toEqual([12, 45]);
    expect(percentile(times, 50)).toBe(12);
    expect(percentile(times, 90)).toBe(45);
  });
});

describe('why the reply clock stands still', () => {
  const quiet: ClockRules = { timeZone: TZ, businessHours: null, quietHours: defaultQuietHours() };
  it.each([
    ['a weekday at 10:00 in office hours', office, '2026-12-02T10:00:00', null],
    ['a weekday at 19:00', office, '2026-12-02T19:00:00', 'off-hours'],
    ['a Saturday at 10:00', office, '2026-12-05T10:00:00', 'off-hours'],
    ['02:00 with quiet hours 23:30–07:30', quiet, '2026-12-03T02:00:00', 'quiet-hours'],
    ['10:00 with quiet hours only', quiet, '2026-12-02T10:00:00', null],
    ['any time when nothing pauses it', always, '2026-12-05T03:00:00', null],
  ] as const)('says %s', (_name, rules, at, expected) => {
    expect(clockPausedAt(sh(at), rules)).toBe(expected);
  });
});
