/**
 * Differential check of the detector against naive matchers. Random dictionaries over a small alphabet (so
 * shared prefixes and overlapping matches are frequent) with a fresh dictionary every 10 texts. The alphabet
 * holds width/case/traditional variants, visible noise, invisible characters (BMP and astral), ordinary astral
 * characters, digits and Han numerals that fold only inside number-like runs. Four comparisons per case:
 * 1. the automaton over the reference normalisation (normalize.ts) vs indexOf on the same units;
 * 2. the fused scanText (normalise + match in one streaming pass) vs 1., repeats kept;
 * 3. the same with repeats collapsed;
 * 4. compileDetector().detect() vs a brute-force matcher written from the rules' definition: a term occurs
 *    where, placed in the text's own context, it normalises to the same units as the text there. It maps the
 *    text by itself, finding invisible characters with Node's \p{Default_Ignorable_Code_Point} / \p{Cf}, not the
 *    generated table.
 * Used by the unit test (10^5 cases) and by `npm run bench` (10^6 cases).
 */
import { buildAutomaton } from '../../utils/core/detector/automaton';
import { compileDetector } from '../../utils/core/detector/detector';
import { defaultSensitivePolicy, type SensitiveTerm } from '../../utils/core/detector/model';
import { FOLDED_UNIT, isDigitForm, normalisationTable, normaliseTerm, normaliseText, PLAIN_UNIT } from '../../utils/core/detector/normalize';

const ALPHABET = [
  'a', 'b', '报', '價', '价', 'Ａ', ' ', '.', '\u200b', '\u200e', '\ufe0f', '\u3164', '\u{E0100}', '😀', '\u{11013}', '\u{110BD}',
  '①', '1', '2', '一', '陆', '六', '零', '參', '参', '十', '拾', '大',
];

export function xorshift(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;

/** Table values of the text's non-noise units and their original indexes, invisible characters found by regex. */
function naiveMapped(text: string): { values: number[]; origin: number[] } {
  const table = normalisationTable();
  const values: number[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    if (!INVISIBLE.test(char)) {
      for (let u = 0; u < char.length; u++) {
        const code = char.charCodeAt(u);
        const v = char.length === 2 ? code : table[code]!; // a surrogate pair's units stand for themselves
        if (v !== 0) {
          values.push(v);
          origin.push(i + u);
        }
      }
    }
    i += char.length;
  }
  return { values, origin };
}

const digitForm = (v: number | undefined) => v !== undefined && isDigitForm(v);
const folded = (values: number[], k: number, before: boolean, after: boolean) => {
  const v = values[k]!;
  if (!digitForm(v)) return v;
  const left = k > 0 ? digitForm(values[k - 1]) : before;
  const right = k + 1 < values.length ? digitForm(values[k + 1]) : after;
  return left || right ? FOLDED_UNIT[v]! : PLAIN_UNIT[v]!;
};

/** Brute force: every (term, start, end) by the definition, as `rule:start:end` strings. */
function naiveDetect(text: string, terms: string[]): string[] {
  const { values, origin } = naiveMapped(text);
  const textUnits = values.map((_, k) => folded(values, k, false, false));
  const out: string[] = [];
  terms.forEach((term, t) => {
    const tv = naiveMapped(term).values;
    const len = tv.length;
    if (!len) return;
    for (let k = 0; k + len <= values.length; k++) {
      const before = digitForm(values[k - 1]);
      const after = digitForm(values[k + len]);
      let same = true;
      for (let j = 0; j < len && same; j++) same = folded(tv, j, before, after) === textUnits[k + j];
      if (same) out.push(`${t}:${origin[k]}:${origin[k + len - 1]! + 1}`);
    }
  });
  return out;
}

export function runDifferential(cases: number, seed: number): { mismatches: number; matches: number; firstMismatch?: string } {
  const r = xorshift(seed);
  const word = (max: number) => Array.from({ length: 1 + r(max) }, () => ALPHABET[r(ALPHABET.length)]).join('');
  let mismatches = 0;
  let matches = 0;
  let firstMismatch: string | undefined;
  let raw: string[] = [];
  let patterns: string[] = [];
  let collapsedPatterns: string[] = [];
  let automaton = buildAutomaton([]);
  let collapsing = buildAutomaton([]);
  let detector = compileDetector({ ...defaultSensitivePolicy(), presets: [] });
  const table = normalisationTable();
  const indexOfAll = (haystack: string, needles: string[], origin: Int32Array) => {
    const want: string[] = [];
    needles.forEach((p, i) => {
      if (!p) return;
      for (let at = haystack.indexOf(p); at >= 0; at = haystack.indexOf(p, at + 1)) {
        const last = origin[at + p.length - 1]!;
        const high = haystack.charCodeAt(at + p.length - 1);
        want.push(`${i}:${origin[at]}:${last + 1 + (high >= 0xd800 && high <= 0xdbff ? 1 : 0)}`);
      }
    });
    return want.sort().join();
  };
  for (let c = 0; c < cases; c++) {
    if (c % 10 === 0) {
      raw = [...new Set(Array.from({ length: 1 + r(6) }, () => word(4)))];
      patterns = raw.map((t) => normaliseTerm(t));
      collapsedPatterns = raw.map((t) => normaliseTerm(t, true));
      automaton = buildAutomaton(patterns);
      collapsing = buildAutomaton(collapsedPatterns);
      const terms: SensitiveTerm[] = raw.map((term, i) => ({ term, category: `c${i}`, action: 'warn' }));
      detector = compileDetector({ ...defaultSensitivePolicy(), presets: [], terms, pii: { ...defaultSensitivePolicy().pii, email: { enabled: false, action: 'warn' }, idCard: { enabled: false, action: 'warn' }, mobile: { enabled: false, action: 'warn' }, bankCard: { enabled: false, action: 'warn' }, uscc: { enabled: false, action: 'warn' } } });
    }
    const text = word(40);
    const norm = normaliseText(text);
    const normStr = String.fromCharCode(...norm.units.subarray(0, norm.length));
    const expected = indexOfAll(normStr, patterns, norm.origin);
    matches += expected ? expected.split(',').length : 0;

    const got: string[] = [];
    automaton.scan(norm.units, norm.length, (p, end) => {
      if (!patterns[p]) return;
      const high = norm.units[end - 1]!;
      got.push(`${p}:${norm.origin[end - patterns[p]!.length]}:${norm.origin[end - 1]! + 1 + (high >= 0xd800 && high <= 0xdbff ? 1 : 0)}`);
    });
    const fused: string[] = [];
    automaton.scanText(text, table, false, (p, start, end) => fused.push(`${p}:${start}:${end}`));

    const collapsedNorm = normaliseText(text, true);
    const collapsedExpected = indexOfAll(String.fromCharCode(...collapsedNorm.units.subarray(0, collapsedNorm.length)), collapsedPatterns, collapsedNorm.origin);
    const collapsedFused: string[] = [];
    collapsing.scanText(text, table, true, (p, start, end) => collapsedFused.push(`${p}:${start}:${end}`));

    const detected = detector.detect(text).map((h) => `${h.category.slice(1)}:${h.start}:${h.end}`).sort().join();
    const brute = naiveDetect(text, raw).sort().join();

    const agree = got.sort().join() === expected && fused.sort().join() === expected && collapsedFused.sort().join() === collapsedExpected && detected === brute;
    if (!agree) {
      mismatches++;
      firstMismatch ??= JSON.stringify({ terms: raw, text, expected, fused: fused.join(), collapsedExpected, collapsedFused: collapsedFused.join(), detected, brute });
    }
  }
  return { mismatches, matches, firstMismatch };
}
