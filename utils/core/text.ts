/** Small pure text helpers shared by adapters and rules. */

/** Collapse runs of whitespace and trim; keeps newlines out of names. */
export function cleanName(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim();
}

/** True when an Angular template has not been interpolated yet, e.g. `{{message.MsgId}}`. */
export function isUninterpolated(value: string | null | undefined): boolean {
  return value == null || value.includes('{{');
}

/** Cap a string for storage, keeping whole UTF-16 surrogate pairs. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** FNV-1a 32-bit, hex. Used for stable keys of messages that carry no id (system lines). Not security relevant. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
