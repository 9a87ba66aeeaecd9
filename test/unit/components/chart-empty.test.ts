import { describe, expect, it } from 'vitest';
import { chartIsEmpty } from '@/components/chart-empty';

describe('dashboard charts agree with the tables on empty data', () => {
  it.each([
    { case: 'a day answered 0 % within the SLA is shown, as the table shows 0 %', values: [null, 0, null], percent: true, empty: false },
    { case: 'a percent chart without any figure is empty', values: [null, null], percent: true, empty: true },
    { case: 'a count chart of zeros is empty', values: [0, 0], percent: false, empty: true },
    { case: 'a count chart with one message is shown', values: [0, 1], percent: false, empty: false },
  ])('$case', ({ values, percent, empty }) => {
    expect(chartIsEmpty(values.map(String), [{ values }], percent)).toBe(empty);
  });

  it('a chart without labels is empty', () => {
    expect(chartIsEmpty([], [{ values: [] }], true)).toBe(true);
  });
});
