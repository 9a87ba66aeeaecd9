/** The guard's audit entries: what was checked, what staff decided, and what the page really did. */
import type { GuardVerdict, OutgoingAction } from '../../core/guard';
import { capText } from '../../core/text';
import type { FeatureApi } from '../features/types';

/**
 * `decision` values: cancelled / blocked (nothing sent), sent-anyway (confirmed and the page sent it),
 * replay-failed (confirmed, but the page did not send), recheck (the text changed while the dialog was open),
 * check-failed (the check itself threw: let through), held-timeout (the policy was not known in time),
 * masked-sent (脱敏后发送: the masked text is what the page sent; `masked` = how many findings were masked),
 * masked (the editor holds the masked text, which needed asking again: the next entry says what happened),
 * mask-failed (the editor did not take the masked text: nothing sent).
 */
export type GuardDecision = 'cancelled' | 'blocked' | 'sent-anyway' | 'replay-failed' | 'recheck' | 'check-failed' | 'held-timeout' | 'masked-sent' | 'masked' | 'mask-failed';

export function auditGuard(api: FeatureApi, kind: 'warning' | 'decision', verdict: GuardVerdict | null, action: OutgoingAction, extra: Record<string, unknown>): void {
  const policy = api.policy();
  const data: Record<string, unknown> = {
    action: action.kind,
    chatKind: action.chat.kind,
    chatClass: verdict?.chatClass ?? 'unknown',
    destinationClasses: verdict?.destinationClasses ?? [],
    rules: verdict?.findings.map((f) => f.rule) ?? [],
    categories: [...new Set(verdict?.findings.map((f) => f.category) ?? [])],
    ...extra,
  };
  if (policy.sensitive.auditText && action.text) data.text = capText(action.text, policy.records.maxTextChars || 500);
  api.log({ kind, account: api.adapter.readAccount(api.doc) ?? '', chat: action.chat.name, data });
}

/** Outgoing sends in customer chats are logged with their exact time (the page shows no per-message time). */
export function recordCustomerSend(api: FeatureApi, action: OutgoingAction, chatClass: string): void {
  if (action.kind === 'forward' || chatClass !== 'customer') return;
  api.log({
    kind: 'send',
    account: api.adapter.readAccount(api.doc) ?? '',
    chat: action.chat.name,
    data: { action: action.kind, chatKind: action.chat.kind, textLength: action.text.length, files: action.fileNames.length },
  });
}
