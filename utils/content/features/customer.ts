/**
 * Customer records in the page: the chat's class with a one-click tag, the reply clock for customer chats
 * ("未回复 37 分钟" in the header and on chat-list rows), leader @-mention reminders and notice receipts in
 * internal groups. A one-minute refresh runs only while something is waiting.
 */
import { classifyChat } from '../../core/classify';
import type { ChatListRow, CurrentChat, Member } from '../../core/events';
import { accountChatKey, chatKey } from '../../core/keys';
import { isNotice, isReceipt, mentions } from '../../core/notice';
import { clockPausedAt, clockRules, countableMinutes, waitingSince } from '../../core/sla';
import { tc } from '../../i18n/content';
import { waitText } from '../../i18n/messages/shared';
import { coalesced } from '../coalesce';
import { HEADER_CSS, renderHeader, setReceiptBadge, setRowBadge } from '../ui/customer-ui';
import type { ModelMessage } from '../../site/types';
import type { ContentFeature, FeatureApi } from './types';

/** Send times kept by message id (the open chat looks its messages up here). */
const MODEL_TIMES_KEPT = 50_000;

interface Seen {
  msgId: string;
  direction: 'in' | 'out';
  /** Time from the message's own divider, if it has one. */
  shown: number | null;
  firstSeen: number;
  /** Effective time, filled in document order at refresh (see timeline()). */
  time: number;
  sender: string;
  text: string;
  element: Element;
}

export const customer: ContentFeature = {
  id: 'customer',
  start(api) {
    let account = '';
    let chat: CurrentChat | null = null;
    let messages = new Map<string, Seen>();
    const members = new Map<string, Member[]>();
    let rows: ChatListRow[] = [];
    const unreadSince = new Map<string, number>(); // chat key -> first time we saw it unread
    /** Log entries already sent: refreshes repeat every minute, the entries must not. */
    const logged = new Set<string>();
    const logOnce = (entry: Parameters<FeatureApi['log']>[0] & { eventId: string }) => {
      if (logged.has(entry.eventId)) return;
      logged.add(entry.eventId);
      api.log(entry);
    };
    let headerUi: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
    api.onTeardown(() => headerUi?.remove());
    const schedule = coalesced(api.setTimeout, 0, () => void refresh());
    const tickInAMinute = coalesced(api.setTimeout, 60_000, () => void refresh());

    /** One reply clock per customer chat: header and chat-list row count from the same start (see refresh). */
    const clockStart = new Map<string, number>();
    /**
     * From the site's model, when it is read: exact send times by message id, and per chat the last own reply and
     * the first customer message after it (every message counts, also those never on screen).
     */
    const modelTimes = new Map<string, number>();
    const modelClock = new Map<string, { lastOut: number; pendingIn: number | null }>();
    const noteModelMessage = (m: ModelMessage) => {
      if (modelTimes.size >= MODEL_TIMES_KEPT) modelTimes.delete(modelTimes.keys().next().value!);
      modelTimes.set(m.msgId, m.time);
      if (m.type === 'system' || m.type === 'recall' || m.recalled || m.sendFailed) return;
      const key = chatKey(m.chat);
      const clock = modelClock.get(key) ?? { lastOut: -Infinity, pendingIn: null };
      modelClock.set(key, clock);
      if (m.direction === 'out') {
        clock.lastOut = Math.max(clock.lastOut, m.time);
        if (clock.pendingIn !== null && clock.pendingIn <= clock.lastOut) clock.pendingIn = null;
      } else if (m.time > clock.lastOut && (clock.pendingIn === null || m.time < clock.pendingIn)) clock.pendingIn = m.time;
    };
    const wait = (since: number, limitMinutes: number) => {
      const rules = clockRules(api.policy());
      const minutes = countableMinutes(since, api.now(), rules);
      const paused = clockPausedAt(api.now(), rules);
      return { minutes, overdue: minutes >= limitMinutes, paused };
    };
    const unansweredText = (w: { minutes: number; paused: 'off-hours' | 'quiet-hours' | null }) =>
      tc('clock.unanswered', { wait: waitText(tc, w.minutes) }) + (w.paused ? tc(`clock.paused.${w.paused}`) : '');

    /**
     * The open chat's messages in page order (chronological), each with an effective time: its own divider, else
     * the divider above it (a lower bound), else when it was first seen.
     */
    function timeline(): Seen[] {
      const list = [...messages.values()].filter((m) => m.element.isConnected);
      list.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
      let carried: number | null = null;
      for (const m of list) {
        if (m.shown !== null) carried = m.shown;
        m.time = m.shown ?? carried ?? m.firstSeen;
      }
      return list;
    }

    async function refresh() {
      const policy = api.policy();
      let waiting = false;
      if (chat) {
        const chatClass = api.classify(chat);
        const list = timeline();
        let sla: { minutes: number; overdue: boolean; text: string } | null = null;
        if (chatClass === 'customer') {
          const fromModel = modelClock.get(chatKey(chat));
          const since = fromModel ? fromModel.pendingIn : waitingSince(list);
          if (since !== null) {
            clockStart.set(chatKey(chat), since);
            const w = wait(since, policy.customer.slaMinutes);
            sla = { ...w, text: unansweredText(w) };
            waiting = true;
          } else if (list.length || fromModel) clockStart.delete(chatKey(chat)); // answered: the row's clock stops too
        }
        let leader: { from: string; minutes: number; overdue: boolean; text: string } | null = null;
        if (chatClass === 'internal' && policy.customer.leaders.length) {
          let pending: Seen | null = null;
          for (const m of list) {
            if (m.direction === 'out') pending = null;
            else if (policy.customer.leaders.includes(m.sender) && mentions(m.text, [account])) pending ??= m;
          }
          if (pending) {
            const w = wait(pending.time, policy.customer.leaderReplyMinutes);
            leader = { from: pending.sender, ...w, text: tc('clock.leader', { from: pending.sender, wait: waitText(tc, w.minutes) }) };
            waiting = true;
            logOnce({ kind: 'task', eventId: `task\u001f${accountChatKey(account, chat)}\u001f${pending.msgId}`, account, chat: chat.name, data: { from: pending.sender, msgId: pending.msgId, at: pending.time } });
          }
        }
        if (chatClass === 'internal') drawNotices(list);
        const anchor = api.adapter.summaryAnchor(api.doc);
        if (anchor) {
          headerUi ??= await api.createShadowUi({ name: 'qg-chat-class', position: 'inline', anchor: () => api.adapter.summaryAnchor(api.doc), append: 'last', css: HEADER_CSS, onMount: () => undefined });
          if (!headerUi.shadowHost.isConnected) headerUi.mount();
          const current = chat;
          renderHeader(headerUi.shadowHost, headerUi.uiContainer, { chatClass, patternClass: classifyChat(chat.name, policy.groups), tagged: api.tagOf(chat) !== null, sla, leader }, (cls) => {
            void api.setTag(current, cls); // setTag notifies features (onPolicyChange), which redraws this
          });
        }
      }
      // Chat-list rows count from the same start as the header: the waiting time read in the chat when it was
      // open; else, for an unread customer chat, its last message's time (the row's own time, a lower bound)
      // or when we first saw it unread, whichever is earlier.
      for (const row of rows) {
        const element = row.sessionId ? api.adapter.chatRowNameElement(api.doc, row.sessionId) : null;
        if (!element) continue;
        const key = chatKey(row);
        const isCustomer = api.classify(row) === 'customer';
        const fromList = row.unread ? Math.min(unreadSince.get(key) ?? Infinity, row.lastAt ?? Infinity) : Infinity;
        const fromModel = modelClock.get(key);
        const since = !isCustomer ? undefined : fromModel ? (fromModel.pendingIn ?? undefined) : (clockStart.get(key) ?? (Number.isFinite(fromList) ? fromList : undefined));
        if (since === undefined) {
          setRowBadge(element, null);
          continue;
        }
        const w = wait(since, api.policy().customer.slaMinutes);
        setRowBadge(element, { ...w, text: unansweredText(w) });
        waiting = true;
      }
      if (waiting) tickInAMinute();
    }

    function drawNotices(list: Seen[]) {
      const policy = api.policy().customer;
      const sorted = list; // page order
      // The account's own entry may show its group nickname: it counts as the account (its replies are `out`).
      const ownId = api.adapter.readAccountId?.(api.doc);
      const everyone = (members.get(chatKey(chat!)) ?? []).map((m) => (ownId && m.sessionId === ownId ? account : m.name));
      for (const notice of sorted) {
        if (notice.direction !== 'in' || !isNotice(notice.sender, notice.text, policy)) continue;
        const replied = new Set<string>();
        for (const m of sorted) {
          if (m === notice || !isReceipt(m.text, m.time, notice.time, policy)) continue;
          replied.add(m.direction === 'out' ? account : m.sender);
        }
        const expected = everyone.filter((name) => name !== notice.sender);
        const total = expected.length || Math.max(0, (chat!.memberCount ?? 1) - 1);
        const missing = expected.filter((name) => !replied.has(name));
        const body = api.adapter.messageBodyElement(notice.element);
        if (body) setReceiptBadge(body, [...replied], missing, total);
        const id = `notice\u001f${accountChatKey(account, chat!)}\u001f${notice.msgId}`;
        logOnce({ kind: 'notice', eventId: id, account, chat: chat!.name, data: { type: 'notice', from: notice.sender, msgId: notice.msgId, at: notice.time } });
        for (const name of replied) {
          logOnce({ kind: 'notice', eventId: `${id}\u001f${name}`, account, chat: chat!.name, data: { type: 'receipt', msgId: notice.msgId, name } });
        }
      }
    }

    return {
      onEvent(event) {
        switch (event.type) {
          case 'chat-opened':
            account = event.account;
            chat = event.chat;
            messages = new Map();
            schedule();
            break;
          case 'members-seen':
            members.set(chatKey(event.chat), event.members);
            schedule();
            break;
          case 'message-seen': {
            const m = event.message;
            if (!chat || chatKey(m.chat) !== chatKey(chat) || m.type === 'system' || m.type === 'recall') break;
            const shown = modelTimes.get(m.msgId) ?? (m.dividerTime ? api.adapter.parseShownTime(m.dividerTime, m.firstSeenAt) : null);
            const previous = messages.get(m.msgId);
            messages.set(m.msgId, {
              msgId: m.msgId,
              direction: m.direction,
              shown: modelTimes.get(m.msgId) ?? previous?.shown ?? shown,
              firstSeen: previous?.firstSeen ?? m.firstSeenAt,
              time: 0,
              sender: m.senderName,
              text: m.text ?? '',
              element: event.element,
            });
            schedule();
            break;
          }
          case 'message-recalled':
            messages.delete(event.msgId);
            schedule();
            break;
          case 'model-messages':
            for (const m of event.messages) {
              noteModelMessage(m);
              const seen = messages.get(m.msgId);
              if (seen) seen.shown = m.time;
              if (m.recalled) messages.delete(m.msgId);
            }
            schedule();
            break;
          case 'chat-list': {
            rows = event.rows;
            const now = api.now();
            for (const row of rows) {
              const key = chatKey(row);
              if (row.unread) {
                if (!unreadSince.has(key)) unreadSince.set(key, now);
              } else unreadSince.delete(key);
            }
            schedule();
            break;
          }
          default:
            break;
        }
      },
      onPolicyChange: () => schedule(),
    };
  },
};
