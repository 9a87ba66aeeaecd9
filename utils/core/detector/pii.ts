/**
 * Chinese PII with validation, on a digit-folded copy of the text of the same length (so positions are the
 * original ones). Boundaries use explicit digit lookarounds: `\b` is ASCII-only and fails next to Han text.
 */
export type PiiType = 'idCard' | 'mobile' | 'bankCard' | 'uscc' | 'email';

export interface PiiHit {
  type: PiiType;
  start: number;
  end: number;
}

/** Full-width digits / letters -> ASCII, one unit for one unit. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0b\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
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

const ID_RE = /(?<![0-9A-Za-z])(\d{6})[ -]?(\d{8})[ -]?(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE_RE = /(?<![0-9])(?:(?:\+|00)86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9])/g;
const CARD_RE = /(?<![0-9])\d(?:[ -]?\d){15,18}(?![0-9])/g;
const USCC_RE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}(?![0-9A-Za-z])/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;
/** Words that make a long digit run a bank card rather than an order number or a timestamp. */
const CARD_CONTEXT = /卡号|银行卡|储蓄卡|信用卡|借记卡|开户行|开户银行|账号|帐号|转账|汇款|收款|打款|card/i;
const CARD_CONTEXT_WINDOW = 30;

export function findPii(text: string, enabled: Partial<Record<PiiType, boolean>>): PiiHit[] {
  const folded = foldWidth(text);
  const hits: PiiHit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const push = (type: PiiType, start: number, end: number) => {
    hits.push({ type, start, end });
    taken.push([start, end]);
  };
  if (enabled.idCard) {
    for (const m of folded.matchAll(ID_RE)) {
      if (isValidResidentId(m[1]! + m[2]! + m[3]!)) push('idCard', m.index!, m.index! + m[0].length);
    }
  }
  if (enabled.uscc) {
    for (const m of folded.matchAll(USCC_RE)) {
      if (!overlaps(m.index!, m.index! + 18) && isValidUscc(m[0])) push('uscc', m.index!, m.index! + m[0].length);
    }
  }
  if (enabled.bankCard) {
    for (const m of folded.matchAll(CARD_RE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const digits = m[0].replace(/[ -]/g, '');
      if (digits.length < 16 || digits.length > 19 || !luhnValid(digits)) continue;
      const around = folded.slice(Math.max(0, start - CARD_CONTEXT_WINDOW), Math.min(folded.length, end + CARD_CONTEXT_WINDOW));
      if (CARD_CONTEXT.test(around)) push('bankCard', start, end);
    }
  }
  if (enabled.mobile) {
    for (const m of folded.matchAll(MOBILE_RE)) {
      if (!overlaps(m.index!, m.index! + m[0].length)) push('mobile', m.index!, m.index! + m[0].length);
    }
  }
  if (enabled.email) for (const m of folded.matchAll(EMAIL_RE)) push('email', m.index!, m.index! + m[0].length);
  return hits.sort((a, b) => a.start - b.start);
}
