/**
 * What the customer-record features of a chat page share (features/reply-clock.ts, leader-reminder.ts,
 * notice-receipts.ts, chat-class-tag.ts): the open chat's messages with their effective times, the members of each
 * chat, the site model's send times, the chat-list rows, and the one reply clock per chat that the header and the
 * chat-list row count from. One state per page, fed by the session's events, with one refresh: each feature adds a
 * step, and a one-minute refresh runs only while some step says something is waiting.
 */
import type { ChatClass } from '../../core/classify';
import type { ChatListRow, CurrentChat, Member } from '../../core/events';
import { chatKey } from '../../core/keys';
import { clockPausedAt, clockRules, countableMinutes } from '../../core/sla';
import type { ModelMessage } from '../../site/types';
import { coalesced } from '../coalesce';
import type { FeatureApi, FeatureHandlers } from '../features/types';
import type { SessionEvent } from '../session';

/** Send times kept by message id (the open chat looks its messages up here). */
const MODEL_TIMES_KEPT = 50_000;

export interface Seen {
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

/** How long something has waited, in clock minutes, against its limit; `paused` outside the hours that count. */
export interface Wait {
  minutes: number;
  overdue: boolean;
  paused: 'off-hours' | 'quiet-hours' | null;
}

/** A waiting time as the chat header shows it. */
export interface HeaderWait {
  minutes: number;
  overdue: boolean;
  text: string;
}

/** The open chat as one refresh sees it: its class, and its messages in page order with their effective times. */
export interface OpenChat {
  chat: CurrentChat;
  chatClass: ChatClass;
  list: Seen[];
}

/** One feature's part of a refresh (null when no chat is open); returns true while something waits. */
export type RefreshStep = (open: OpenChat | null) => boolean | void | Promise<boolean | void>;

export class CustomerState {
  account = '';
  chat: CurrentChat | null = null;
  messages = new Map<string, Seen>();
  readonly members = new Map<string, Member[]>();
  rows: ChatListRow[] = [];
  /** Chat key -> first time we saw it unread. */
  readonly unreadSince = new Map<string, number>();
  /** One reply clock per customer chat: header and chat-list row count from the same start (features/reply-clock.ts). */
  readonly clockStart = new Map<string, number>();
  /**
   * From the site's model, when it is read: exact send times by message id, and per chat the last own reply and
   * the first customer message after it (every message counts, also those never on screen).
   */
  readonly modelTimes = new Map<string, number>();
  readonly modelClock = new Map<string, { lastOut: number; pendingIn: number | null }>();
  /** What the chat header shows besides the tag, set by the steps before it draws (features/chat-class-tag.ts). */
  readonly header: { sla: HeaderWait | null; leader: (HeaderWait & { from: string }) | null } = { sla: null, leader: null };

  /** Handlers every customer feature returns: they forward the session's events and policy changes here. */
  readonly handlers: FeatureHandlers = {
    onEvent: (event) => this.take(event),
    onPolicyChange: () => this.schedule(),
  };

  /** Each customer feature forwards the same dispatched event object: it is applied once. */
  private taken = new WeakSet<SessionEvent>();
  /** Log entries already sent: refreshes repeat every minute, the entries must not. */
  private logged = new Set<string>();
  private steps: RefreshStep[] = [];
  readonly schedule: () => void;
  private tickInAMinute: () => void;

  constructor(private api: FeatureApi) {
    this.schedule = coalesced(api.setTimeout, 0, () => void this.refresh());
    this.tickInAMinute = coalesced(api.setTimeout, 60_000, () => void this.refresh());
  }

  /** Add a feature's step to every refresh; steps run in the order they were added (the features' start order). */
  onRefresh(step: RefreshStep): void {
    this.steps.push(step);
  }

  logOnce(entry: Parameters<FeatureApi['log']>[0] & { eventId: string }): void {
    if (this.logged.has(entry.eventId)) return;
    this.logged.add(entry.eventId);
    this.api.log(entry);
  }

  wait(since: number, limitMinutes: number): Wait {
    const rules = clockRules(this.api.policy());
    const minutes = countableMinutes(since, this.api.now(), rules);
    const paused = clockPausedAt(this.api.now(), rules);
    return { minutes, overdue: minutes >= limitMinutes, paused };
  }

  /**
   * The open chat's messages in page order (chronological), each with an effective time: its own divider, else
   * the divider above it (a lower bound), else when it was first seen.
   */
  timeline(): Seen[] {
    const list = [...this.messages.values()].filter((m) => m.element.isConnected);
    list.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
    let carried: number | null = null;
    for (const m of list) {
      if (m.shown !== null) carried = m.shown;
      m.time = m.shown ?? carried ?? m.firstSeen;
    }
    return list;
  }

  private async refresh(): Promise<void> {
    const open = this.chat ? { chat: this.chat, chatClass: this.api.classify(this.chat), list: this.timeline() } : null;
    let waiting = false;
    for (const step of this.steps) if (await step(open)) waiting = true;
    if (waiting) this.tickInAMinute();
  }

  private noteModelMessage(m: ModelMessage): void {
    if (this.modelTimes.size >= MODEL_TIMES_KEPT) this.modelTimes.delete(this.modelTimes.keys().next().value!);
    this.modelTimes.set(m.msgId, m.time);
    if (m.type === 'system' || m.type === 'recall' || m.recalled || m.sendFailed) return;
    const key = chatKey(m.chat);
    const clock = this.modelClock.get(key) ?? { lastOut: -Infinity, pendingIn: null };
    this.modelClock.set(key, clock);
    if (m.direction === 'out') {
      clock.lastOut = Math.max(clock.lastOut, m.time);
      if (clock.pendingIn !== null && clock.pendingIn <= clock.lastOut) clock.pendingIn = null;
    } else if (m.time > clock.lastOut && (clock.pendingIn === null || m.time < clock.pendingIn)) clock.pendingIn = m.time;
  }

  private take(event: SessionEvent): void {
    if (this.taken.has(event)) return;
    this.taken.add(event);
    switch (event.type) {
      case 'chat-opened':
        this.account = event.account;
        this.chat = event.chat;
        this.messages = new Map();
        this.schedule();
        break;
      case 'members-seen':
        this.members.set(chatKey(event.chat), event.members);
        this.schedule();
        break;
      case 'message-seen': {
        const m = event.message;
        if (!this.chat || chatKey(m.chat) !== chatKey(this.chat) || m.type === 'system' || m.type === 'recall') break;
        const shown = this.modelTimes.get(m.msgId) ?? m.shownAt ?? null;
        const previous = this.messages.get(m.msgId);
        this.messages.set(m.msgId, {
          msgId: m.msgId,
          direction: m.direction,
          shown: this.modelTimes.get(m.msgId) ?? previous?.shown ?? shown,
          firstSeen: previous?.firstSeen ?? m.firstSeenAt,
          time: 0,
          sender: m.senderName,
          text: m.text ?? '',
          element: event.element,
        });
        this.schedule();
        break;
      }
      case 'message-recalled':
        this.messages.delete(event.msgId);
        this.schedule();
        break;
      case 'model-messages':
        for (const m of event.messages) {
          this.noteModelMessage(m);
          const seen = this.messages.get(m.msgId);
          if (seen) seen.shown = m.time;
          if (m.recalled) this.messages.delete(m.msgId);
        }
        this.schedule();
        break;
      case 'chat-list': {
        this.rows = event.rows;
        const now = this.api.now();
        for (const row of this.rows) {
          const key = chatKey(row);
          if (row.unread) {
            if (!this.unreadSince.has(key)) this.unreadSince.set(key, now);
          } else this.unreadSince.delete(key);
        }
        this.schedule();
        break;
      }
      default:
        break;
    }
  }
}

/** One state per page: the customer features of one content script share it; it goes with the content script. */
const statesByPage = new WeakMap<Document, CustomerState>();

export function customerState(api: FeatureApi): CustomerState {
  let state = statesByPage.get(api.doc);
  if (!state) {
    state = new CustomerState(api);
    statesByPage.set(api.doc, state);
    api.onTeardown(() => statesByPage.delete(api.doc));
  }
  return state;
}
