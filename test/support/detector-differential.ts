/**
 * Differential check of the Aho-Corasick automaton against a naive indexOf matcher on normalised text. Random
 * dictionaries over a small alphabet (so shared prefixes and overlapping matches are frequent) with a fresh
 * dictionary every 10 texts. Used by the unit test (10^5 cases) and by `npm run bench` (10^6 cases).
 */
import { buildAutomaton } from '../../utils/core/detector/automaton';
import { normalisationTable as normaliseTextTable, normaliseTerm, normaliseText } from '../../utils/core/detector/normalize';

const ALPHABET = ['a', 'b', 'c', '报', '價', '价', 'Ａ', ' ', '.', '\u200b', '①', '1'];

export function xorshift(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

export function runDifferential(cases: number, seed: number): { mismatches: number; matches: number } {
  const r = xorshift(seed);
  const word = (max: number) => Array.from({ length: 1 + r(max) }, () => ALPHABET[r(ALPHABET.length)]).join('');
  let mismatches = 0;
  let matches = 0;
  let patterns: string[] = [];
  let automaton = buildAutomaton([]);
  for (let c = 0; c < cases; c++) {
    if (c % 10 === 0) {
      patterns = Array.from({ length: 1 + r(6) }, () => normaliseTerm(word(4)));
      automaton = buildAutomaton(patterns);
    }
    const text = word(40);
    const norm = normaliseText(text);
    const got: string[] = [];
    automaton.scan(norm.units, norm.length, (p, end) => {
      if (patterns[p]) got.push(`${p}:${norm.origin[end - patterns[p]!.length]}:${norm.origin[end - 1]! + 1}`);
    });
    // The fused path must agree too: original-text positions straight from scanText.
    const fused: string[] = [];
    automaton.scanText(text, normaliseTextTable(), false, (p, start, end) => {
      if (patterns[p]) fused.push(`${p}:${start}:${end}`);
    });
    const normStr = String.fromCharCode(...norm.units.subarray(0, norm.length));
    const want: string[] = [];
    patterns.forEach((p, i) => {
      if (!p) return;
      for (let at = normStr.indexOf(p); at >= 0; at = normStr.indexOf(p, at + 1)) want.push(`${i}:${norm.origin[at]}:${norm.origin[at + p.length - 1]! + 1}`);
    });
    matches += want.length;
    const expected = want.sort().join();
    if (got.sort().join() !== expected || fused.sort().join() !== expected) mismatches++;
  }
  return { mismatches, matches };
}
