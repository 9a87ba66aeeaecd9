/**
 * Whether a dashboard chart has nothing to show. A share of 0 % is a figure (the daily table shows it as 0 %), so a
 * percent chart is empty only when no value exists at all; a count chart is empty when every count is 0.
 */
export function chartIsEmpty(labels: string[], series: Array<{ values: Array<number | null> }>, percent = false): boolean {
  return !labels.length || series.every((s) => s.values.every((v) => v === null || (!percent && v === 0)));
}
