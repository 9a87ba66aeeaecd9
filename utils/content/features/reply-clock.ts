/**
 * The reply clock of customer chats: "未回复 37 分钟" in the chat header and on chat-list rows, counted from the
 * first customer message after our last reply, in the hours the policy counts. Header and row share one clock per
 * chat (utils/content/customer/state.ts).
 */
import { chatKey } from '../../core/keys';
import { waitingSince } from '../../core/sla';
import { tc } from '../../i18n/content';
import { waitText } from '../../i18n/messages/shared';
import { customerState, type Wait } from '../customer/state';
import { setRowBadge } from '../ui/customer-ui';
import type { ContentFeature } from './types';

const unansweredText = (w: Wait) => tc('clock.unanswered', { wait: waitText(tc, w.minutes) }) + (w.paused ? tc(`clock.paused.${w.paused}`) : '');

export const replyClock: ContentFeature = {
  id: 'reply-clock',
  start(api) {
    const state = customerState(api);
    state.onRefresh((open) => {
      let waiting = false;
      state.header.sla = null;
      if (open?.chatClass === 'customer') {
        const key = chatKey(open.chat);
        const fromModel = state.modelClock.get(key);
        const since = fromModel ? fromModel.pendingIn : waitingSince(open.list);
        if (since !== null) {
          state.clockStart.set(key, since);
          const w = state.wait(since, api.policy().customer.slaMinutes);
          state.header.sla = { ...w, text: unansweredText(w) };
          waiting = true;
        } else if (open.list.length || fromModel) state.clockStart.delete(key); // answered: the row's clock stops too
      }
      // Chat-list rows count from the same start as the header: the waiting time read in the chat when it was
      // open; else, for an unread customer chat, its last message's time (the row's own time, a lower bound)
      // or when we first saw it unread, whichever is earlier.
      for (const row of state.rows) {
        const element = row.sessionId ? api.adapter.chatRowNameElement(api.doc, row.sessionId) : null;
        if (!element) continue;
        const key = chatKey(row);
        const isCustomer = api.classify(row) === 'customer';
        const fromList = row.unread ? Math.min(state.unreadSince.get(key) ?? Infinity, row.lastAt ?? Infinity) : Infinity;
        const fromModel = state.modelClock.get(key);
        const since = !isCustomer ? undefined : fromModel ? (fromModel.pendingIn ?? undefined) : (state.clockStart.get(key) ?? (Number.isFinite(fromList) ? fromList : undefined));
        if (since === undefined) {
          setRowBadge(element, null);
          continue;
        }
        const w = state.wait(since, api.policy().customer.slaMinutes);
        setRowBadge(element, { ...w, text: unansweredText(w) });
        waiting = true;
      }
      return waiting;
    });
    return state.handlers;
  },
};
