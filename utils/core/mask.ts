/**
 * 脱敏后发送: the text with personal data found by the detector masked, ready to put back in the editor.
 * ID 110105199003072217 → 110105********2217, mobile 13812341234 → 138****1234, bank card → 6222 **** **** 0123
 * (first and last 4 kept), 统一社会信用代码 → first 4 and last 4 kept, e-mail zhang.san@x.com → z********@x.com.
 * Separators (spaces, dashes) and the +86 prefix stay as they were; only characters are replaced, one for one.
 */
import type { Hit } from './detector/model';

const ALNUM = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const MASK = '*';

/** Which of the `count` significant characters of a finding stay visible. */
function keepRule(type: string, count: number): (i: number) => boolean {
  switch (type) {
    case 'idCard':
      return (i) => i < 6 || i >= count - 4;
    case 'mobile':
      // The last 11 digits are the number itself (a +86 / 0086 prefix comes first and stays).
      return (i) => i < count - 8 || i >= count - 4;
    case 'bankCard':
    case 'uscc':
      return (i) => i < 4 || i >= count - 4;
    default:
      return () => false;
  }
}

function maskSpan(span: string, type: string): string {
  if (type === 'email') {
    const at = span.indexOf('@');
    return at <= 0 ? span : span[0] + MASK.repeat(at - 1) + span.slice(at);
  }
  const chars = [...span];
  const count = chars.filter((c) => ALNUM.test(c)).length;
  const keep = keepRule(type, count);
  let i = 0;
  return chars.map((c) => (ALNUM.test(c) ? (keep(i++) ? c : MASK) : c)).join('');
}

export interface Masked {
  text: string;
  /** How many findings were masked (0: nothing to mask; the dialog then offers no 脱敏后发送). */
  masked: number;
}

/** Mask every personal-data hit (`pii:*`) in `text`; dictionary terms are left alone (they are not data). */
export function maskPersonalData(text: string, hits: readonly Hit[]): Masked {
  const pii = hits
    .filter((h) => h.category.startsWith('pii:') && h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let masked = 0;
  for (const h of pii) {
    if (h.start < at) continue; // overlapping hits: the first one wins
    out += text.slice(at, h.start) + maskSpan(text.slice(h.start, h.end), h.category.slice(4));
    at = h.end;
    masked++;
  }
  return { text: out + text.slice(at), masked };
}
