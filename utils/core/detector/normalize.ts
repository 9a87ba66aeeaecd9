/**
 * Table-driven, single-pass text normalisation for matching. One Uint16Array(65536) lookup per UTF-16 unit:
 * full/half width, case, traditional -> simplified (OpenCC characters), digit styles (①/一/壹/１ -> 1), and
 * noise (spaces, U+3000, NBSP, zero-width, punctuation, line breaks) -> SKIP. The output keeps, for every
 * normalised unit, the index of the original unit, so hits map back to the original text.
 */
import { traditionalToSimplified } from '../hanzi';

export const SKIP = 0;

/** Noise skipped between letters: whitespace, zero-width, ASCII and CJK punctuation, symbols used as spacers. */
const NOISE =
  ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000' +
  '\u200b\u200c\u200d\u2060\ufeff\u00ad' +
  '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' +
  '·・•‧∙、。，．：；！？…‥—–‐‑‒―～〜“”‘’「」『』【】〔〕（）《》〈〉［］｛｝＂＇＃＄％＆＊＋，－．／：；＜＝＞？＠＼＾＿｀｜～￥¥★☆♥♡◆◇○●■□▲△※';

const DIGIT_STYLES: Array<[string, string]> = [
  ['０１２３４５６７８９', '0123456789'],
  ['〇一二三四五六七八九', '0123456789'],
  ['零壹贰叁肆伍陆柒捌玖', '0123456789'],
  ['零壹貳參肆伍陸柒捌玖', '0123456789'],
  ['⓪①②③④⑤⑥⑦⑧⑨', '0123456789'],
  ['⓿❶❷❸❹❺❻❼❽❾', '0123456789'],
  ['➀➁➂➃➄➅➆➇➈', '123456789'],
  ['⑴⑵⑶⑷⑸⑹⑺⑻⑼', '123456789'],
  ['⒈⒉⒊⒋⒌⒍⒎⒏⒐', '123456789'],
  ['㈠㈡㈢㈣㈤㈥㈦㈧㈨', '123456789'],
  ['㊀㊁㊂㊃㊄㊅㊆㊇㊈', '123456789'],
  ['⁰¹²³⁴⁵⁶⁷⁸⁹', '0123456789'],
  ['₀₁₂₃₄₅₆₇₈₉', '0123456789'],
];

let table: Uint16Array | null = null;

/** The mapping table: code unit -> normalised code unit, or SKIP. Built once (~1 ms). */
export function normalisationTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  t[0] = SKIP;
  // Traditional -> simplified first, so later rules (digits, width) apply to the simplified result too.
  for (const [from, to] of traditionalToSimplified()) {
    if (from < 0x10000 && to.length === 1) t[from] = to.charCodeAt(0);
  }
  // Full-width ASCII variants -> ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  // Letter styles: circled and parenthesised Latin letters -> a–z.
  for (let i = 0; i < 26; i++) {
    t[0x24b6 + i] = 0x61 + i; // Ⓐ
    t[0x24d0 + i] = 0x61 + i; // ⓐ
    t[0x249c + i] = 0x61 + i; // ⒜
  }
  for (const [styles, digits] of DIGIT_STYLES) {
    for (let i = 0; i < styles.length; i++) t[styles.charCodeAt(i)] = digits.charCodeAt(i);
  }
  // Case: ASCII and Latin-1/Greek/Cyrillic via toLowerCase when it stays one unit.
  for (let c = 0; c < 0x0530; c++) {
    const lower = String.fromCharCode(t[c]!).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  for (const ch of NOISE) t[ch.charCodeAt(0)] = SKIP;
  // Compose: a unit mapped to something that itself maps further (Ｖ -> V -> v, ！ -> ! -> skip) ends at the last step.
  for (let c = 0; c < 65536; c++) {
    let v = t[c]!;
    for (let guard = 0; guard < 3 && v !== SKIP && t[v] !== v; guard++) v = t[v]!;
    t[c] = v;
  }
  table = t;
  return t;
}

export interface NormalisedText {
  /** Normalised code units (noise removed). */
  units: Uint16Array;
  length: number;
  /** Original index of each normalised unit. */
  origin: Int32Array;
}

/** Normalise `text`; when `collapseRepeats`, runs of the same normalised unit count once ("报报报价" -> "报价"). */
export function normaliseText(text: string, collapseRepeats = false, into?: NormalisedText): NormalisedText {
  const t = normalisationTable();
  const n = text.length;
  const out = into && into.units.length >= n ? into : { units: new Uint16Array(Math.max(n, 16)), origin: new Int32Array(Math.max(n, 16)), length: 0 };
  const units = out.units;
  const origin = out.origin;
  let len = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const c = t[text.charCodeAt(i)]!;
    if (c === SKIP) continue;
    if (collapseRepeats && c === last) continue;
    units[len] = c;
    origin[len] = i;
    len++;
    last = c;
  }
  out.length = len;
  return out;
}

/** Normalise a dictionary term the same way (as a string). */
export function normaliseTerm(term: string, collapseRepeats = false): string {
  const n = normaliseText(term, collapseRepeats);
  return String.fromCharCode(...n.units.subarray(0, n.length));
}
