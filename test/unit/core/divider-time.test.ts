import { describe, expect, it } from 'vitest';
import { zonedToEpoch } from '@/utils/core/time';
import { parseShownTimeIn as parseDividerTime } from '@/utils/site/wechat-web/time';

const TZ = 'Asia/Shanghai';
const now = Date.parse('2026-11-23T15:10:00+08:00');
const sh = (iso: string) => Date.parse(`${iso}+08:00`);

describe('reading the time a message divider shows', () => {
  it.each([
    ['14:53', sh('2026-11-23T14:53:00')],
    ['昨天 09:12', sh('2026-11-22T09:12:00')],
    ['前天 18:00', sh('2026-11-21T18:00:00')],
    ['11月20日 14:00', sh('2026-11-20T14:00:00')],
    ['12月30日 08:00', sh('2025-12-30T08:00:00')], // a date later in the year is last year
    ['2024年3月5日 10:30', sh('2024-03-05T10:30:00')],
    ['23:50', sh('2026-11-22T23:50:00')], // seen at 15:10: a later time today must be yesterday
  ])('%s', (text, expected) => {
    expect(parseDividerTime(text, now, TZ)).toBe(expected);
  });

  it.each(['星期一', '', '25:00', 'abc 12:00'])('gives up on %j', (text) => {
    expect(parseDividerTime(text, now, TZ)).toBeNull();
  });

  it('converts a wall-clock time in a zone with daylight saving', () => {
    expect(zonedToEpoch('2026-07-01', 9 * 60, 'America/New_York')).toBe(Date.parse('2026-07-01T09:00:00-04:00'));
    expect(zonedToEpoch('2026-01-15', 9 * 60, 'America/New_York')).toBe(Date.parse('2026-01-15T09:00:00-05:00'));
  });
});
