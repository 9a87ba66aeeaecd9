/** Hits turned into highlight spans: sorted by start, overlapping or touching ones merged, each keeping its hits. */
export interface MergedSpan<T> {
  start: number;
  end: number;
  items: T[];
}

export function mergeSpans<T extends { start: number; end: number }>(items: T[]): Array<MergedSpan<T>> {
  const merged: Array<MergedSpan<T>> = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && item.start <= last.end) {
      last.end = Math.max(last.end, item.end);
      last.items.push(item);
    } else merged.push({ start: item.start, end: item.end, items: [item] });
  }
  return merged;
}
