/**
 * 复制提醒: who in the open group should rename, and to what. The core picks the people (non-compliant names, once
 * each, in the order seen); the UI words the message (utils/i18n/messages/rules-reasons.ts renameReminderText).
 * Outsiders are left out: they should leave an internal group, not rename.
 */
import type { NicknameVerdict, ReasonCode } from './model';

export interface RenameItem {
  /** The name as shown in the group (what the @-mention must say). */
  name: string;
  suggestion?: string;
  reasons: ReasonCode[];
}

export function renameItems(verdicts: Iterable<NicknameVerdict>): RenameItem[] {
  const seen = new Set<string>();
  const items: RenameItem[] = [];
  for (const v of verdicts) {
    if (v.verdict !== 'bad' || seen.has(v.name) || !v.name.trim()) continue;
    seen.add(v.name);
    // A fuzzy roster guess is not certain enough to tell a colleague what their name is.
    items.push({ name: v.name.trim(), reasons: v.reasons, ...(v.suggestion && v.confidence !== 'likely' ? { suggestion: v.suggestion } : {}) });
  }
  return items;
}
