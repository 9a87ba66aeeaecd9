/**
 * Chinese PII with validation, on a "digit view" of the text (digitView): invisible characters dropped, digit
 * styles and full-width forms folded to ASCII, Han numerals folded inside number-like runs. Every view unit
 * keeps its original index, so hits carry original positions. Boundaries use explicit digit lookarounds:
 * `\b` is ASCII-only and fails next to Han text.
 */
import { traditionalToSimplified } from '../hanzi';
import { DIGIT_STYLES, isIgnorableCodePoint, isIgnorablePair, pairCheckedHighSurrogates, RUN_DIGITS } from './normalize';

export type PiiType = 'idCard' | 'mobile' | 'bankCard' | 'uscc' | 'email';

export interface PiiHit {
  type: PiiType;
  start: number;
  end: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 18-digit resident ID: valid birth date and ISO 7064 MOD 11-2 check character. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date.getTime() > Date.now()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set, last one a mod-31 check character. */
export function isValidUscc(code: string): boolean {
  const upper = code.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(upper)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(upper[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31] === upper[17];
}

// ---- The digit view ----

/** Separators allowed (any run of them) between a number's digit groups; line breaks end a number. */
const SEP_CHARS = ' \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000.-_·•‧・\u2010\u2011\u2012\u2013\u2014';
const SEP = `[${SEP_CHARS.replace('-', '\\-')}]`;

/**
 * What a unit does in the view: kept as it is, changed (dropped, folded), a Han numeral, an ASCII digit, a
 * separator, a letter; Skip only in the bound table (invisible: it neither counts nor ends a run).
 */
const enum Kind {
  Same = 0,
  Changed = 1,
  Numeral = 2,
  Digit = 3,
  Separator = 4,
  Letter = 5,
  Skip = 6,
}

/** Fewest digits of a mobile, ID or bank card (separators allowed between them), and a USCC's length. */
const FEWEST_NUMBER_DIGITS = 11;
const CODE_LENGTH = 18;

/**
 * View value of a unit (0 = drop, -1 = high surrogate to check as a pair, else the unit), its Kind, a Han
 * numeral's digit, and its bound Kind (mayHoldNumber).
 */
let viewTable: { value: Int32Array; kind: Uint8Array; digit: Uint16Array; bound: Uint8Array } | null = null;

function digitViewTable() {
  if (viewTable) return viewTable;
  const value = new Int32Array(65536);
  const kind = new Uint8Array(65536);
  const digit = new Uint16Array(65536); // a Han numeral's digit
  for (let c = 0; c < 65536; c++) value[c] = c;
  // Full-width digits, letters and the signs numbers and addresses use (＋ － ． ＠); other full-width punctuation
  // (，：) is common in Chinese text and means nothing to a number, so it keeps most messages view-free.
  for (const c of '０１２３４５６７８９＋－．＠') value[c.charCodeAt(0)] = c.charCodeAt(0) - 0xfee0;
  for (let c = 0xff21; c <= 0xff3a; c++) value[c] = c - 0xfee0;
  for (let c = 0xff41; c <= 0xff5a; c++) value[c] = c - 0xfee0;
  for (const [styles, digits] of DIGIT_STYLES) for (let i = 0; i < styles.length; i++) value[styles.charCodeAt(i)] = digits.charCodeAt(i);
  for (let c = 0; c < 65536; c++) if (isIgnorableCodePoint(c)) value[c] = 0;
  for (const h of pairCheckedHighSurrogates()) value[h] = -1;
  for (const [chars, digits] of RUN_DIGITS) {
    for (let i = 0; i < chars.length; i++) if (digits[i]! >= '0' && digits[i]! <= '9') digit[chars.charCodeAt(i)] = digits.charCodeAt(i);
  }
  for (const [from, to] of traditionalToSimplified()) {
    const d = to.length === 1 && from < 0x10000 ? digit[to.charCodeAt(0)]! : 0;
    if (d) digit[from] = d; // 貳 參 陸 …
  }
  for (let c = 0; c < 65536; c++) kind[c] = digit[c] ? Kind.Numeral : value[c] !== c ? Kind.Changed : Kind.Same;
  for (let d = 0x30; d <= 0x39; d++) kind[d] = Kind.Digit;
  for (const ch of SEP_CHARS) kind[ch.charCodeAt(0)] = Kind.Separator;
  for (let c = 0x41; c <= 0x5a; c++) kind[c] = kind[c + 0x20] = Kind.Letter;
  // What a unit of the raw text can at most be in the view: every Han numeral a digit; dropped units, high
  // surrogates of possibly invisible astral characters and every low surrogate Skip. Each choice can only
  // lengthen runs, so runs read through this table bound the view's runs from above.
  const bound = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const v = value[c]!;
    bound[c] = digit[c] ? Kind.Digit : v <= 0 ? Kind.Skip : kind[v]!;
  }
  for (let c = 0xdc00; c <= 0xdfff; c++) bound[c] = Kind.Skip;
  viewTable = { value, kind, digit, bound };
  return viewTable;
}

export interface DigitView {
  text: string;
  /** Original index of each view unit; null when the view is the text itself. */
  origin: Int32Array | null;
  /** Most digits in one run (separators allowed between them): under 11, there is no mobile, ID or card. */
  longestDigitRun: number;
  /** Longest run of ASCII letters and digits: under 18, there is no 统一社会信用代码. */
  longestCodeRun: number;
}

/**
 * Run lengths of `text[from, to)` read through a Kind table (see DigitView); Skip units neither count nor end a
 * run.
 */
function longestRuns(text: string, kinds: Uint8Array, from = 0, to = text.length): { longestDigitRun: number; longestCodeRun: number } {
  let digits = 0;
  let code = 0;
  let longestDigitRun = 0;
  let longestCodeRun = 0;
  for (let i = from; i < to; i++) {
    const k = kinds[text.charCodeAt(i)]!;
    if (k === Kind.Same) digits = code = 0; // most units: tested first
    else if (k === Kind.Digit) {
      digits++;
      code++;
      if (digits > longestDigitRun) longestDigitRun = digits;
      if (code > longestCodeRun) longestCodeRun = code;
    } else if (k === Kind.Letter) {
      digits = 0;
      code++;
      if (code > longestCodeRun) longestCodeRun = code;
    } else if (k === Kind.Separator) code = 0;
    else if (k !== Kind.Skip) digits = code = 0;
  }
  return { longestDigitRun, longestCodeRun };
}

/**
 * Can the view of `text` hold a mobile, ID, bank card or USCC? One table read per unit and no view built:
 * most messages stop here, a dense chat line with a Han numeral next to a space included.
 */
export function mayHoldNumber(text: string): boolean {
  const bound = digitViewTable().bound;
  const n = text.length;
  // Every run lies inside a stretch of units none of which ends both kinds of run (digits, letters, separators,
  // skipped units); a run long enough for a number (11 digits, or 18 for a code) needs a stretch of at least 11 units, and any
  // 10 units in a row hold one of every 10th. So read every 10th unit, and only around one that may continue a
  // run read its whole stretch: plain Chinese text costs a tenth of the reads.
  const stride = FEWEST_NUMBER_DIGITS - 1;
  for (let i = 0; i < n; i += stride) {
    if (!mayContinueRun(bound[text.charCodeAt(i)]!)) continue;
    let start = i;
    while (start > 0 && mayContinueRun(bound[text.charCodeAt(start - 1)]!)) start--;
    let end = i + 1;
    while (end < n && mayContinueRun(bound[text.charCodeAt(end)]!)) end++;
    if (end - start >= FEWEST_NUMBER_DIGITS) {
      // The units around the stretch end every run, so its runs are the text's runs there.
      const { longestDigitRun, longestCodeRun } = longestRuns(text, bound, start, end);
      if (longestDigitRun >= FEWEST_NUMBER_DIGITS || longestCodeRun >= CODE_LENGTH) return true;
    }
    i = end - stride; // next read at `end` (a unit that ends every run), then every 10th from there
  }
  return false;
}

/**
 * Kinds that do not end both runs at once (longestRuns): Digit, Separator (ends only a code run), Letter (ends only
 * a digit run), Skip. Every other kind ends both, so no run crosses it.
 */
const mayContinueRun = (k: number) => k >= Kind.Digit;

/** A unit next to a Han numeral that may make it part of a number: a digit form or a separator. */
const isNumberish = (k: Kind) => k === Kind.Numeral || k === Kind.Digit || k === Kind.Separator;

/**
 * The text as PII patterns see it. A Han numeral becomes its digit when the nearest unit on either side,
 * separators aside, is a digit form too (壹叁捌 零零壹叁 捌零零零 -> 138 0013 8000; 一起 stays).
 */
export function digitView(text: string): DigitView {
  const { value, kind, digit } = digitViewTable();
  const n = text.length;
  // Most messages need no view: nothing to drop or fold, and no numeral next to another digit form or separator.
  let plain = true;
  for (let i = 0; i < n && plain; i++) {
    const k = kind[text.charCodeAt(i)]!;
    if (k === Kind.Changed) plain = false;
    else if (k === Kind.Numeral) plain = !((i > 0 && isNumberish(kind[text.charCodeAt(i - 1)]!)) || (i + 1 < n && isNumberish(kind[text.charCodeAt(i + 1)]!)));
  }
  if (plain) return { text, origin: null, ...longestRuns(text, kind) };
  const values = new Int32Array(n);
  const origin = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = value[c]!;
    if (v === -1) {
      if (i + 1 < n && isIgnorablePair(c, text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      v = c;
    }
    if (v === 0) continue;
    values[len] = v;
    origin[len] = i;
    len++;
  }
  const units = new Uint16Array(len);
  const neighbourIsDigit = (k: number, direction: 1 | -1) => {
    for (let j = k + direction; j >= 0 && j < len; j += direction) {
      const kj = kind[values[j]!]!;
      if (kj === Kind.Numeral || kj === Kind.Digit) return true;
      if (kj !== Kind.Separator) return false;
    }
    return false;
  };
  for (let k = 0; k < len; k++) {
    const v = values[k]!;
    const d = digit[v]!;
    units[k] = d !== 0 && (neighbourIsDigit(k, -1) || neighbourIsDigit(k, 1)) ? d : v;
  }
  let out = '';
  for (let k = 0; k < len; k += 4096) out += String.fromCharCode(...units.subarray(k, Math.min(len, k + 4096)));
  return { text: out, origin: origin.subarray(0, len), ...longestRuns(out, kind) };
}

// ---- Patterns ----

const ID_RE = new RegExp(`(?<![0-9A-Za-z])(\\d{6})${SEP}*(\\d{8})${SEP}*(\\d{3}[\\dXx])(?![0-9A-Za-z])`, 'g');
const MOBILE_RE = new RegExp(`(?<![0-9])(?:(?:\\+|00)86${SEP}*)?(1[3-9]\\d)${SEP}*(\\d{4})${SEP}*(\\d{4})(?![0-9])`, 'g');
const CARD_RE = new RegExp(`(?<![0-9])\\d(?:${SEP}*\\d){15,18}(?![0-9])`, 'g');
const CARD_SEPARATORS = new RegExp(SEP, 'g');
const USCC_RE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}(?![0-9A-Za-z])/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;
/** Words that make a long digit run a bank card rather than an order number or a timestamp. */
const CARD_CONTEXT = /卡号|银行卡|储蓄卡|信用卡|借记卡|开户行|开户银行|账号|帐号|转账|汇款|收款|打款|card/i;
const CARD_CONTEXT_WINDOW = 30;
/** Words that say an 18-character number is a resident ID, or a 统一社会信用代码. */
const ID_CONTEXT = /身份证|身份證|身份号|身份號|证件号|證件號|居民身份|公民身份|identity card|id card/gi;
const USCC_CONTEXT = /信用代码|信用代碼|社会信用|社會信用|营业执照|營業執照|执照号|税号|稅號|纳税人识别号|納稅人識別號|组织机构代码|組織機構代碼|企业代码|企業代碼|公司代码|uscc|credit code/gi;
const TYPE_CONTEXT_WINDOW = 50;

/** Distance from [start, end) to the nearest keyword within the window, or Infinity. */
function keywordDistance(text: string, start: number, end: number, keywords: RegExp): number {
  const from = Math.max(0, start - TYPE_CONTEXT_WINDOW);
  let best = Infinity;
  for (const m of text.slice(from, Math.min(text.length, end + TYPE_CONTEXT_WINDOW)).matchAll(keywords)) {
    const ks = from + m.index!;
    const ke = ks + m[0].length;
    best = Math.min(best, ke <= start ? start - ke : ks >= end ? ks - end : 0);
  }
  return best;
}

/** Which type the words around a number name: the nearer keyword wins; null when none is near. */
export function contextType(text: string, start: number, end: number): 'idCard' | 'uscc' | null {
  const id = keywordDistance(text, start, end, ID_CONTEXT);
  const uscc = keywordDistance(text, start, end, USCC_CONTEXT);
  if (id === Infinity && uscc === Infinity) return null;
  return uscc < id ? 'uscc' : 'idCard';
}

/**
 * An ID-shaped number (17 digits + digit or X) can pass both checks (1 in 31 valid IDs is also a valid USCC)
 * or only the USCC one (1 in 31 invalid IDs). It is reported as the type the nearby words name; with no such
 * words, a number passing both is a resident ID, and one passing only the USCC check is not reported.
 */
export function classifyIdShaped(digits: string, context: 'idCard' | 'uscc' | null): 'idCard' | 'uscc' | null {
  const id = isValidResidentId(digits);
  const uscc = isValidUscc(digits);
  if (id && uscc) return context === 'uscc' ? 'uscc' : 'idCard';
  if (id) return 'idCard';
  if (uscc && context === 'uscc') return 'uscc';
  return null;
}

export function findPii(text: string, enabled: Partial<Record<PiiType, boolean>>): PiiHit[] {
  const email = enabled.email && (text.includes('@') || text.includes('＠'));
  if (!email && !mayHoldNumber(text)) return []; // every pattern below needs one of these
  const view = digitView(text);
  const folded = view.text;
  const toOriginal = (start: number, end: number): [number, number] => (view.origin ? [view.origin[start]!, view.origin[end - 1]! + 1] : [start, end]);
  const hits: PiiHit[] = [];
  const taken: Array<[number, number]> = []; // view positions
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const push = (type: PiiType, start: number, end: number) => {
    taken.push([start, end]);
    if (!enabled[type]) return;
    const [s, e] = toOriginal(start, end);
    hits.push({ type, start: s, end: e });
  };
  const numbers = view.longestDigitRun >= FEWEST_NUMBER_DIGITS;
  const codes = view.longestCodeRun >= CODE_LENGTH;
  if ((numbers || codes) && (enabled.idCard || enabled.uscc)) {
    for (const m of folded.matchAll(ID_RE)) {
      const start = m.index!;
      const end = start + m[0].length;
      const type = classifyIdShaped(m[1]! + m[2]! + m[3]!, contextType(folded, start, end));
      if (type) push(type, start, end);
    }
  }
  if (codes && enabled.uscc) {
    for (const m of folded.matchAll(USCC_RE)) {
      const start = m.index!;
      if (/^\d{17}[\dXx]$/.test(m[0])) continue; // ID-shaped: settled above
      if (!overlaps(start, start + 18) && isValidUscc(m[0])) push('uscc', start, start + 18);
    }
  }
  if (numbers && enabled.bankCard) {
    for (const m of folded.matchAll(CARD_RE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const digits = m[0].replace(CARD_SEPARATORS, '');
      if (digits.length < 16 || digits.length > 19 || !luhnValid(digits)) continue;
      const around = folded.slice(Math.max(0, start - CARD_CONTEXT_WINDOW), Math.min(folded.length, end + CARD_CONTEXT_WINDOW));
      if (CARD_CONTEXT.test(around)) push('bankCard', start, end);
    }
  }
  if (numbers && enabled.mobile) {
    for (const m of folded.matchAll(MOBILE_RE)) {
      if (!overlaps(m.index!, m.index! + m[0].length)) push('mobile', m.index!, m.index! + m[0].length);
    }
  }
  if (enabled.email && folded.includes('@')) for (const m of folded.matchAll(EMAIL_RE)) push('email', m.index!, m.index! + m[0].length);
  return hits.sort((a, b) => a.start - b.start);
}
