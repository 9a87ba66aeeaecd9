/**
 * Notice receipts in internal groups: under each notice (policy.customer's notice words), how many members have
 * replied with a receipt and, on a click, who has not; the notice and each receipt are logged once.
 */
import { accountChatKey, chatKey } from '../../core/keys';
import { isNotice, isReceipt } from '../../core/notice';
import { customerState } from '../customer/state';
import { setReceiptBadge } from '../ui/customer-ui';
import type { ContentFeature } from './types';

export const noticeReceipts: ContentFeature = {
  id: 'notice-receipts',
  start(api) {
    const state = customerState(api);
    state.onRefresh((open) => {
      if (open?.chatClass !== 'internal') return;
      const { chat, list } = open; // page order
      const { account } = state;
      const policy = api.policy().customer;
      // The account's own entry may show its group nickname: it counts as the account (its replies are `out`).
      const ownId = api.adapter.readAccountId?.(api.doc);
      const everyone = (state.members.get(chatKey(chat)) ?? []).map((m) => (ownId && m.sessionId === ownId ? account : m.name));
      for (const notice of list) {
        if (notice.direction !== 'in' || !isNotice(notice.sender, notice.text, policy)) continue;
        const replied = new Set<string>();
        for (const m of list) {
          if (m === notice || !isReceipt(m.text, m.time, notice.time, policy)) continue;
          replied.add(m.direction === 'out' ? account : m.sender);
        }
        const expected = everyone.filter((name) => name !== notice.sender);
        const total = expected.length || Math.max(0, (chat.memberCount ?? 1) - 1);
        const missing = expected.filter((name) => !replied.has(name));
        const body = api.adapter.messageBodyElement(notice.element);
        if (body) setReceiptBadge(body, [...replied], missing, total);
        const id = `notice\u001f${accountChatKey(account, chat)}\u001f${notice.msgId}`;
        state.logOnce({ kind: 'notice', eventId: id, account, chat: chat.name, data: { type: 'notice', from: notice.sender, msgId: notice.msgId, at: notice.time } });
        for (const name of replied) {
          state.logOnce({ kind: 'notice', eventId: `${id}\u001f${name}`, account, chat: chat.name, data: { type: 'receipt', msgId: notice.msgId, name } });
        }
      }
    });
    return state.handlers;
  },
};
