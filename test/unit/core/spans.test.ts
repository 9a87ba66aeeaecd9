import { describe, expect, it } from 'vitest';
import { mergeSpans } from '@/utils/core/detector/spans';

describe('highlight spans', () => {
  it('merges overlapping and touching hits and keeps each hit', () => {
    const a = { start: 4, end: 6 };
    const b = { start: 4, end: 7 };
    const c = { start: 7, end: 9 };
    const d = { start: 12, end: 14 };
    expect(mergeSpans([d, b, a, c])).toEqual([
      { start: 4, end: 9, items: [b, a, c] },
      { start: 12, end: 14, items: [d] },
    ]);
  });
});
