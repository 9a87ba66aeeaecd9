/** Notices in internal groups and who acknowledged them (pure). */
import type { CustomerPolicy } from './policy/model';

export function isNotice(senderName: string, text: string, policy: CustomerPolicy): boolean {
  const senders = new Set([...policy.noticeSenders, ...policy.leaders]);
  if (!senders.has(senderName)) return false;
  const trimmed = text.trim();
  return policy.noticeMarkers.some((marker) => (marker.startsWith('@') ? trimmed.includes(marker) : trimmed.startsWith(marker)));
}

/** A reply acknowledges a notice when it contains a keyword and comes within the window after it. */
export function isReceipt(text: string, replyTime: number, noticeTime: number, policy: CustomerPolicy): boolean {
  if (replyTime < noticeTime || replyTime - noticeTime > policy.noticeWindowMinutes * 60_000) return false;
  return policy.noticeKeywords.some((k) => text.includes(k));
}

/** Does a leader's message @-mention me (by my display name in the group)? */
export function mentions(text: string, myNames: string[]): boolean {
  return myNames.some((name) => name && new RegExp(`@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|\\u2005|$)`, 'u').test(text));
}
