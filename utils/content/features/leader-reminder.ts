/**
 * Leader @-mention reminders in internal groups: when a leader named in the policy @-mentions the account and it
 * has not written in the group since, the chat header says who is waiting and for how long, and the task is logged
 * once.
 */
import { accountChatKey } from '../../core/keys';
import { mentions } from '../../core/notice';
import { tc } from '../../i18n/content';
import { waitText } from '../../i18n/messages/shared';
import { customerState, type Seen } from '../customer/state';
import type { ContentFeature } from './types';

export const leaderReminder: ContentFeature = {
  id: 'leader-reminder',
  start(api) {
    const state = customerState(api);
    state.onRefresh((open) => {
      state.header.leader = null;
      const policy = api.policy().customer;
      if (open?.chatClass !== 'internal' || !policy.leaders.length) return false;
      const { account } = state;
      let pending: Seen | null = null;
      for (const m of open.list) {
        if (m.direction === 'out') pending = null;
        else if (policy.leaders.includes(m.sender) && mentions(m.text, [account])) pending ??= m;
      }
      if (!pending) return false;
      const w = state.wait(pending.time, policy.leaderReplyMinutes);
      state.header.leader = { from: pending.sender, ...w, text: tc('clock.leader', { from: pending.sender, wait: waitText(tc, w.minutes) }) };
      state.logOnce({ kind: 'task', eventId: `task\u001f${accountChatKey(account, open.chat)}\u001f${pending.msgId}`, account, chat: open.chat.name, data: { from: pending.sender, msgId: pending.msgId, at: pending.time } });
      return true;
    });
    return state.handlers;
  },
};
