/**
 * Data minimisation at the point rows are stored (PIPL: keep only what the purpose needs). With message text off
 * (the default), a link keeps scheme + host + path — the query string and fragment, where share passwords and
 * tokens live, are dropped — and personal data the detector finds in a stored field (phone, ID card, bank card,
 * USCC, e-mail) is masked. With text kept, the policy has chosen to keep content, and links stay whole.
 */
import { findPii, type PiiType } from '../core/detector/pii';

const ALL_PII: Record<PiiType, boolean> = { idCard: true, mobile: true, bankCard: true, uscc: true, email: true };

/** `https://pan.example.com/s/abc?pwd=8888#x` -> `https://pan.example.com/s/abc` (credentials dropped too). */
export function linkWithoutQuery(link: string): string {
  try {
    const url = new URL(link);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    // not an absolute URL: cut at the first ? or # below
  }
  return link.replace(/[?#].*$/s, '');
}

/** The text with each piece of personal data masked: the first 3 and last 4 characters of long hits stay. */
export function maskPii(text: string): string {
  const hits = findPii(text, ALL_PII);
  if (!hits.length) return text;
  let out = '';
  let at = 0;
  for (const hit of hits) {
    const found = text.slice(hit.start, hit.end);
    const keep = found.length >= 11 ? [3, 4] : [0, 0];
    out += text.slice(at, hit.start) + found.slice(0, keep[0]) + '*'.repeat(found.length - keep[0]! - keep[1]!) + found.slice(found.length - keep[1]!);
    at = hit.end;
  }
  return out + text.slice(at);
}

/** A link as stored: whole when text is kept, otherwise without query / fragment and with personal data masked. */
export function storedLink(link: string, keepText: boolean): string {
  return keepText ? link : maskPii(linkWithoutQuery(link));
}

/** A free-text field (file name) as stored: personal data masked unless text is kept. */
export function storedField(value: string, keepText: boolean): string {
  return keepText ? value : maskPii(value);
}
