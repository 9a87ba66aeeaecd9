import type { ChatRef } from './events';

/**
 * Storage keys. They must not contain web WeChat's session ids (`@…`), which change at every login; they use the
 * account's display name and the chat's name + kind instead. \u001f (unit separator) cannot occur in names.
 */
const SEP = '\u001f';

export function chatKey(chat: Pick<ChatRef, 'name' | 'kind'>): string {
  return `${chat.kind}${SEP}${chat.name}`;
}

/** A chat as one account sees it (chats table, staff tags): account \u001f kind \u001f name. */
export function accountChatKey(account: string, chat: Pick<ChatRef, 'name' | 'kind'>): string {
  return `${account}${SEP}${chatKey(chat)}`;
}

/** Idempotent key of one message: (account, chat, msgId). Re-renders of the same message map to the same key. */
export function messageKey(account: string, chat: Pick<ChatRef, 'name' | 'kind'>, msgId: string): string {
  return [account, chatKey(chat), msgId].join(SEP);
}
