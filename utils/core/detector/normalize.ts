/**
 * Table-driven text normalisation for matching. One Uint16Array(65536) lookup per UTF-16 unit: full/half width,
 * case, traditional -> simplified (OpenCC characters), unambiguous digit styles (①/１/⑴ -> 1), and noise
 * (spaces, punctuation, line breaks, and every default-ignorable or format character) -> SKIP.
 *
 * Han numerals (一/三/零/陆/伍/參 …) are also ordinary word characters (大陆, 队伍, 零售, 参加), so they fold to
 * digits only inside a number-like run: when the previous or next non-noise unit is a digit form too
 * (壹叁捌零零 -> 13800, 三号 stays 三号). The table maps such a numeral to a marker below U+0020 (C0 controls
 * are noise, so no real unit maps there); PLAIN_UNIT / FOLDED_UNIT give its two forms.
 *
 * `normaliseText` below is the reference, written as plain passes; the automaton's scanText does the same work
 * streaming in one pass (test/support/detector-differential.ts checks that they agree).
 */
import { traditionalToSimplified } from '../hanzi';
import { IGNORABLE_RANGES } from './ignorable';

export const SKIP = 0;
/** Table value for a high surrogate whose block holds ignorable characters: look at the pair (isIgnorablePair). */
export const CHECK_PAIR = 1;
/** Table values 2–31 (but 9–13) are Han-numeral markers; 0x30–0x39 are ASCII digits; both are digit forms. */
const MARKERS = [2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31];
/** Highest table value that is a digit form (or CHECK_PAIR): anything above is an ordinary unit. */
export const LAST_DIGIT_FORM = 0x39;
/** Table value of a digit form -> the unit it stands for outside a run / inside a run (ASCII digits: itself). */
export const PLAIN_UNIT = new Uint16Array(LAST_DIGIT_FORM + 1);
export const FOLDED_UNIT = new Uint16Array(LAST_DIGIT_FORM + 1);
for (let d = 0x30; d <= 0x39; d++) PLAIN_UNIT[d] = FOLDED_UNIT[d] = d;

/** Is a table value a digit form (a marker or an ASCII digit)? */
export const isDigitForm = (v: number) => v <= LAST_DIGIT_FORM && v > CHECK_PAIR && (v >= 0x30 || PLAIN_UNIT[v] !== 0);

/** Visible noise skipped between letters: whitespace, ASCII and CJK punctuation, symbols used as spacers. */
const NOISE =
  ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000' +
  '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' +
  '·・•‧∙、。，．：；！？…‥—–‐‑‒―～〜“”‘’「」『』【】〔〕（）《》〈〉［］｛｝＂＇＃＄％＆＊＋，－．／：；＜＝＞？＠＼＾＿｀｜～￥¥★☆♥♡◆◇○●■□▲△※';

/** Styles that are digits whatever surrounds them. */
export const DIGIT_STYLES: Array<[string, string]> = [
  ['０１２３４５６７８９', '0123456789'],
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

/**
 * Han numerals, folded only inside a number-like run. Keys are simplified (traditional 貳/參/陸 reach these
 * through the OpenCC step first, so 參 is 参 in text and 3 in 壹參捌). 幺 is the spoken 1 of phone numbers.
 * 十/拾 have no one-digit form: they mark a run and 拾 becomes 十 in it (叁拾 and 三十 both give 3十).
 */
export const RUN_DIGITS: Array<[string, string]> = [
  ['〇一二三四五六七八九', '0123456789'],
  ['零壹贰叁肆伍陆柒捌玖', '0123456789'],
  ['参幺', '31'],
  ['十拾', '十十'],
];

/** Astral code points come as surrogate pairs; the table marks their high surrogate and this settles the pair. */
const IGNORABLE_ASTRAL = IGNORABLE_RANGES.filter(([, to]) => to > 0xffff);

export function isIgnorableCodePoint(cp: number): boolean {
  for (const [from, to] of IGNORABLE_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

/** Is the pair (high, low) one ignorable astral character? */
export function isIgnorablePair(high: number, low: number): boolean {
  if (low < 0xdc00 || low > 0xdfff) return false;
  const cp = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  for (const [from, to] of IGNORABLE_ASTRAL) if (cp >= from && cp <= to) return true;
  return false;
}

/** High surrogates whose 1,024-character block holds an ignorable character (U+E0000–U+E0FFF: tags, VS17–256 …). */
export function pairCheckedHighSurrogates(): number[] {
  const out = new Set<number>();
  for (const [from, to] of IGNORABLE_ASTRAL) for (let h = 0xd800 + ((from - 0x10000) >> 10); h <= 0xd800 + ((to - 0x10000) >> 10); h++) out.add(h);
  return [...out];
}

let table: Uint16Array | null = null;

/** The mapping table: code unit -> normalised unit, a digit-form marker, SKIP or CHECK_PAIR. Built once (~1 ms). */
export function normalisationTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
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
  for (const [from, to] of IGNORABLE_RANGES) for (let c = from; c <= Math.min(to, 0xffff); c++) t[c] = SKIP;
  for (let c = 0; c < 0x20; c++) t[c] = SKIP; // C0 controls are invisible; their values become the markers
  // Compose: a unit mapped to something that itself maps further (Ｖ -> V -> v, ！ -> ! -> skip) ends at the last step.
  for (let c = 0; c < 65536; c++) {
    let v = t[c]!;
    for (let guard = 0; guard < 3 && v !== SKIP && t[v] !== v; guard++) v = t[v]!;
    t[c] = v;
  }
  const marker = new Map<number, number>();
  let next = 0;
  for (const [chars, digits] of RUN_DIGITS) {
    for (let i = 0; i < chars.length; i++) {
      const m = MARKERS[next++]!;
      marker.set(chars.charCodeAt(i), m);
      PLAIN_UNIT[m] = chars.charCodeAt(i);
      FOLDED_UNIT[m] = digits.charCodeAt(i);
    }
  }
  for (let c = 0; c < 65536; c++) {
    const m = marker.get(t[c]!);
    if (m !== undefined) t[c] = m;
  }
  // Emoji blocks are not among these, so ordinary astral text stays on the fast path.
  for (const h of pairCheckedHighSurrogates()) t[h] = CHECK_PAIR;
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

/** Table values of `text` with noise (ignorable pairs included) dropped, and the original index of each. */
function mappedUnits(text: string): { values: number[]; origin: number[] } {
  const t = normalisationTable();
  const values: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let v = t[text.charCodeAt(i)]!;
    if (v === CHECK_PAIR) {
      if (i + 1 < text.length && isIgnorablePair(text.charCodeAt(i), text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      v = text.charCodeAt(i); // an ordinary astral character: its high surrogate stands for itself
    }
    if (v === SKIP) continue;
    values.push(v);
    origin.push(i);
  }
  return { values, origin };
}


/**
 * Fold the digit forms of a unit stream: a digit form becomes its digit when a neighbour is a digit form.
 * `before`/`after` say whether the (unseen) units around the stream are digit forms; a term is folded for
 * each combination its ends allow (termPatterns).
 */
function foldRuns(values: number[], before = false, after = false): number[] {
  return values.map((v, k) => {
    if (!isDigitForm(v)) return v;
    const left = k > 0 ? isDigitForm(values[k - 1]!) : before;
    const right = k + 1 < values.length ? isDigitForm(values[k + 1]!) : after;
    return left || right ? FOLDED_UNIT[v]! : PLAIN_UNIT[v]!;
  });
}

function collapse(units: number[], origin: number[]): void {
  let w = 0;
  for (let r = 0; r < units.length; r++) {
    if (w > 0 && units[r] === units[w - 1]) continue;
    units[w] = units[r]!;
    origin[w] = origin[r]!;
    w++;
  }
  units.length = w;
  origin.length = w;
}

/** Normalise `text`; when `collapseRepeats`, runs of the same normalised unit count once ("报报报价" -> "报价"). */
export function normaliseText(text: string, collapseRepeats = false): NormalisedText {
  const { values, origin } = mappedUnits(text);
  const units = foldRuns(values);
  if (collapseRepeats) collapse(units, origin);
  return { units: Uint16Array.from(units), origin: Int32Array.from(origin), length: units.length };
}

/** Normalise a dictionary term as if it stood alone (as a string). */
export function normaliseTerm(term: string, collapseRepeats = false): string {
  return termForms(term, collapseRepeats)[0]?.text ?? '';
}

/** A form a term takes in text, and what must hold around the place it is found (bits of RUN_FIRST | RUN_LAST). */
export interface TermForm {
  text: string;
  requires: number;
}
/** The match's first unit must be part of a number-like run (a digit form next to it, noise aside). */
export const RUN_FIRST = 1;
/** The match's last unit must be part of a number-like run. */
export const RUN_LAST = 2;

/**
 * Every normalised form a term can take in a text. Units inside the term are settled by the term itself; a
 * digit form at either end folds or not depending on the text next to it (大陆 stays 大陆, but in 大陆1号 the
 * 陆 is part of a number, so 大6 is searched too — only where a digit form really follows). First: the term alone.
 */
export function termForms(term: string, collapseRepeats = false): TermForm[] {
  const { values } = mappedUnits(term);
  if (!values.length) return [];
  if (!values.some(isDigitForm)) {
    // Nothing to fold (most terms): one form, no context needed.
    if (collapseRepeats) collapse(values, values.slice());
    return [{ text: String.fromCharCode(...values), requires: 0 }];
  }
  const fold = (before: boolean, after: boolean) => {
    const units = foldRuns(values, before, after);
    if (collapseRepeats) collapse(units, units.slice());
    return String.fromCharCode(...units);
  };
  const out = new Map<string, TermForm>();
  for (const before of [false, true]) {
    for (const after of [false, true]) {
      const text = fold(before, after);
      // One unit is both first and last: it folds when either side is a digit form, i.e. when it is in a run.
      const requires =
        values.length === 1
          ? text !== fold(false, false) ? RUN_FIRST : 0
          : (before && text !== fold(false, after) ? RUN_FIRST : 0) | (after && text !== fold(before, false) ? RUN_LAST : 0);
      out.set(`${requires}:${text}`, { text, requires });
    }
  }
  return [...out.values()];
}

/**
 * Is the non-noise unit at original index `at` part of a number-like run: is the nearest non-noise unit before
 * or after it a digit form? (Checked only for term forms whose ends folded, see termForms.)
 */
export function inNumberRun(text: string, at: number): boolean {
  const t = normalisationTable();
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isIgnorablePair(text.charCodeAt(i - 1), c)) {
      i--;
      continue;
    }
    const v = t[c]!;
    if (v === SKIP) continue;
    if (isDigitForm(v)) return true;
    break;
  }
  return nextIsDigitForm(text, at + 1, t);
}

/** Is the first non-noise unit of `text` from `from` on a digit form (read through `table`)? False at the end. */
export function nextIsDigitForm(text: string, from: number, table: Uint16Array): boolean {
  for (let i = from, n = text.length; i < n; i++) {
    const v = table[text.charCodeAt(i)]!;
    if (v === SKIP) continue;
    if (v === CHECK_PAIR) {
      if (i + 1 < n && isIgnorablePair(text.charCodeAt(i), text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      return false; // an ordinary astral character
    }
    return isDigitForm(v);
  }
  return false;
}
