// Node: admin patterns that hang a backtracking engine, run by the linear matcher on 10,000-character inputs.
import { compileLinear, isLinearRegex } from '../utils/core/linear-regex';

/** Pattern and the input that makes a backtracking engine explore the most (no early match). */
export const PATHOLOGICAL: Array<[pattern: string, input: string]> = [
  ['(a|a)+$', `${'a'.repeat(9_999)}!`],
  ['(a+)+$', `${'a'.repeat(9_999)}!`],
  ['(.*a){20}', `${'a'.repeat(19)}${'b'.repeat(9_981)}`],
  ['(\\w+\\s?)*$', `${'ab '.repeat(3_333)}!`],
];

/** Each run compiles the pattern afresh (cold: no cached transitions), then tests the input once. */
export function run(): Array<{ pattern: string; median: number; max: number; matched: boolean }> {
  return PATHOLOGICAL.map(([pattern, input]) => {
    const times: number[] = [];
    let matched = false;
    for (let k = 0; k < 15; k++) {
      const start = performance.now();
      const re = compileLinear(pattern);
      if (!isLinearRegex(re)) throw new Error(`${pattern} was refused`);
      matched = re.test(input);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    return { pattern, median: times[7]!, max: times[times.length - 1]!, matched };
  });
}
