import { describe, expect, it } from 'vitest';
import { run } from '../../../bench/rules-node';

describe('warnings staff can trust, on the corpus in bench/corpus', () => {
  const result = run();

  it('holds at least 300 ordinary customer lines, a third or more of them with a business term', () => {
    expect(result.lines).toBeGreaterThanOrEqual(300);
    expect(result.termHits / result.lines).toBeGreaterThan(0.3);
  });

  it('warns on at most 1 % of them under the default policy', () => {
    expect(result.warned.length / result.lines).toBeLessThanOrEqual(0.01);
  });

  it('still warns on every sensitive case', () => {
    expect(result.sensitive).toBeGreaterThanOrEqual(10);
    expect(result.missed).toEqual([]);
  });
});
