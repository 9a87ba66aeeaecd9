import { describe, expect, it } from 'vitest';
import { defaultQuietHours, inQuietHours, quietHoursApply, type QuietHoursPolicy } from '@/utils/core/quiet-hours';

/** Epoch ms of a wall-clock time in Shanghai (UTC+8, no DST). */
const sh = (iso: string) => Date.parse(`${iso}+08:00`);
const TZ = 'Asia/Shanghai';
const policy = (patch: Partial<QuietHoursPolicy> = {}): QuietHoursPolicy => ({ ...defaultQuietHours(), ...patch });

describe('quiet hours around midnight (default 23:30–07:30 every day)', () => {
  it.each([
    ['2026-11-23T23:29:59', false],
    ['2026-11-23T23:30:00', true],
    ['2026-11-23T23:59:59', true],
    ['2026-11-24T00:00:00', true],
    ['2026-11-24T07:29:59', true],
    ['2026-11-24T07:30:00', false],
    ['2026-11-24T12:00:00', false],
  ])('%s (Shanghai) quiet = %s', (time, quiet) => {
    expect(inQuietHours(sh(time), TZ, policy()).quiet).toBe(quiet);
  });

  it('uses the policy time zone, not the machine zone', () => {
    // 16:00 UTC = 00:00 in Shanghai (quiet) = 11:00 in New York (not quiet).
    const t = Date.UTC(2026, 10, 23, 16, 0);
    expect(inQuietHours(t, 'Asia/Shanghai', policy()).quiet).toBe(true);
    expect(inQuietHours(t, 'America/New_York', policy()).quiet).toBe(false);
  });
});

describe('weekday windows', () => {
  // Weeknights only: Sunday–Thursday evenings, so Friday and Saturday nights are free.
  const weeknights = policy({ windows: [{ days: [7, 1, 2, 3, 4], start: '22:00', end: '08:00' }] });
  it('applies the morning part to the day after the window started', () => {
    expect(inQuietHours(sh('2026-11-27T07:00:00'), TZ, weeknights).quiet).toBe(true); // Friday morning, from Thursday night
    expect(inQuietHours(sh('2026-11-28T07:00:00'), TZ, weeknights).quiet).toBe(false); // Saturday morning, Friday night was free
  });
  it('starts the window only on its days', () => {
    expect(inQuietHours(sh('2026-11-27T23:00:00'), TZ, weeknights).quiet).toBe(false); // Friday night
    expect(inQuietHours(sh('2026-11-29T23:00:00'), TZ, weeknights).quiet).toBe(true); // Sunday night
  });
  it('supports a window within one day', () => {
    const lunch = policy({ windows: [{ days: [1, 2, 3, 4, 5], start: '12:00', end: '13:30' }] });
    expect(inQuietHours(sh('2026-11-23T12:30:00'), TZ, lunch)).toEqual({ quiet: true, window: '12:00–13:30' });
    expect(inQuietHours(sh('2026-11-28T12:30:00'), TZ, lunch).quiet).toBe(false); // Saturday
  });
});

describe('holidays and 调休 working days', () => {
  const weekdaysOnly = policy({ windows: [{ days: [6, 7], start: '00:00', end: '00:00' }], holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
  it('is quiet all day on a listed holiday', () => {
    expect(inQuietHours(sh('2026-10-01T10:00:00'), TZ, weekdaysOnly)).toEqual({ quiet: true, holiday: '2026-10-01' });
  });
  it('treats a 调休 Saturday as a working day', () => {
    expect(inQuietHours(sh('2026-10-10T10:00:00'), TZ, weekdaysOnly).quiet).toBe(false); // Saturday, but a working day
    expect(inQuietHours(sh('2026-10-17T10:00:00'), TZ, weekdaysOnly).quiet).toBe(true); // an ordinary Saturday
  });
});

describe('quiet-hours scope', () => {
  it('covers groups by default, not 1:1 chats or customer groups', () => {
    const p = defaultQuietHours();
    expect(quietHoursApply({ name: '销售协作群', kind: 'group' }, 'internal', p)).toBe(true);
    expect(quietHoursApply({ name: '李四', kind: 'direct' }, 'unknown', p)).toBe(false);
    expect(quietHoursApply({ name: '客户-王总群', kind: 'group' }, 'customer', p)).toBe(false);
  });
  it('exempts on-call groups', () => {
    expect(quietHoursApply({ name: '运维值班群', kind: 'group' }, 'internal', policy({ exemptGroups: ['值班'] }))).toBe(false);
  });
});
