/**
 * Site-agnostic reader of a chat page: feeds mutation batches through a SiteAdapter and emits plain events
 * (chat opened, members seen, message seen / recalled, chat list). Remembers what it already emitted per DOM item
 * so re-renders and virtual scrolling do not flood the bus; the background deduplicates again by key.
 */
import type { ChatListRow, CurrentChat, Member, SeenMessage } from '../core/events';
import { chatKey, messageKey } from '../core/keys';
import { fnv1a } from '../core/text';
import type { ModelMessage, SiteAdapter } from '../site/types';

export type SessionEvent =
  | { type: 'account'; account: string }
  | { type: 'chat-opened'; account: string; chat: CurrentChat }
  | { type: 'chat-list'; account: string; rows: ChatListRow[] }
  /** `source`: the member popup on screen, or the site's model (every member of the group, popup or not). */
  | { type: 'members-seen'; account: string; chat: CurrentChat; members: Member[]; source?: 'page' | 'model' }
  /** `fresh` = first time this message is seen; false when the page re-rendered a message already reported. */
  | { type: 'message-seen'; account: string; message: SeenMessage; element: Element; fresh: boolean }
  | { type: 'message-recalled'; account: string; chat: CurrentChat; msgId: string; at: number }
  /** The site's own model (utils/content/model-session.ts): readable or not, and messages it holds. */
  | { type: 'model-state'; live: boolean }
  | { type: 'model-messages'; account: string; messages: ModelMessage[] };

interface ItemState {
  msgId: string;
  signature: string;
  firstSeenAt: number;
}

/** Bounded memory of emitted message signatures (virtual lists re-create nodes forever). */
const EMITTED_MEMORY = 20_000;

export class ChatSession {
  account: string | null = null;
  chat: CurrentChat | null = null;
  /** Items skipped because the adapter could not read their message id; shown in diagnostics. */
  skipped = { unreadable: 0 };
  private items = new WeakMap<Element, ItemState>();
  private emitted = new Map<string, true>();
  private chatSignature = '';
  private membersSignature = '';
  private chatListSignature = '';

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly emit: (event: SessionEvent) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Read the whole page once (start, login finished, or account changed). */
  scanAll(): void {
    this.refreshFrame(true);
    if (!this.account || !this.chat) return;
    this.processItems(this.doc.querySelectorAll(this.adapter.messageItemSelector));
  }

  /** Consumer for DomWatcher. */
  handleMutations = (records: MutationRecord[]): void => {
    const hadAccount = this.account;
    const chatBefore = this.chatSignature;
    const batch = touchedElements(records);
    this.refreshFrame(this.touches(batch, this.adapter.membersSelector));
    if (this.account !== hadAccount || this.chatSignature !== chatBefore) {
      // New login or another chat: everything on screen is new context.
      this.items = new WeakMap();
      if (this.account && this.chat) this.processItems(this.doc.querySelectorAll(this.adapter.messageItemSelector));
      return;
    }
    if (!this.account || !this.chat) return;
    this.processItems(this.affectedItems(batch));
  };

  private refreshFrame(membersTouched: boolean): void {
    const account = this.adapter.readAccount(this.doc);
    if (account !== this.account) {
      this.account = account;
      if (account) this.emit({ type: 'account', account });
    }
    const chat = this.adapter.readCurrentChat(this.doc);
    const signature = chat ? `${chatKey(chat)}|${chat.memberCount ?? ''}` : '';
    if (signature !== this.chatSignature) {
      this.chatSignature = signature;
      this.chat = chat;
      this.membersSignature = '';
      if (chat && this.account) this.emit({ type: 'chat-opened', account: this.account, chat });
    }
    if (!this.account) return;
    const rows = this.adapter.readChatList(this.doc);
    const rowsSignature = rows.map((r) => `${r.kind}:${r.name}:${r.unread}:${r.muted}:${r.active}`).join('\n');
    if (rowsSignature !== this.chatListSignature) {
      this.chatListSignature = rowsSignature;
      this.emit({ type: 'chat-list', account: this.account, rows });
    }
    if (chat) this.refreshMembersIfTouched(chat, membersTouched);
  }

  private refreshMembersIfTouched(chat: CurrentChat, touched: boolean): void {
    // Cheap when nothing changed: the popup is looked up once; members are read only when it was touched or is new.
    if (!touched && this.membersSignature) {
      if (!this.doc.querySelector(this.adapter.membersSelector)) this.membersSignature = '';
      return;
    }
    this.refreshMembers(chat);
  }

  private refreshMembers(chat: CurrentChat): void {
    const members = this.adapter.readMembers(this.doc);
    if (!members) this.membersSignature = ''; // popup closed: reopening it is news again
    if (!members || !this.account) return;
    const signature = members.map((m) => m.name).join('\n');
    if (signature === this.membersSignature) return;
    this.membersSignature = signature;
    this.emit({ type: 'members-seen', account: this.account, chat, members });
  }

  private touches(batch: TouchedElements, selector: string): boolean {
    for (const target of batch.targets) if (target.closest(selector)) return true;
    for (const el of batch.added) if (el.matches(selector) || el.querySelector(selector)) return true;
    return false;
  }

  /** Message items touched by a batch: added, containing added nodes, or whose attributes/text changed. */
  private affectedItems(batch: TouchedElements): Element[] {
    const selector = this.adapter.messageItemSelector;
    const found = new Set<Element>();
    for (const target of batch.targets) {
      const item = target.closest(selector);
      if (item) found.add(item);
    }
    for (const el of batch.added) {
      if (el.matches(selector)) found.add(el);
      else for (const item of el.querySelectorAll(selector)) found.add(item);
    }
    if (found.size <= 1) return [...found];
    // Document order (one linear pass), so a system line is read after the message it is anchored to.
    return [...this.doc.querySelectorAll(selector)].filter((item) => found.has(item));
  }

  private processItems(items: Iterable<Element>): void {
    const account = this.account!;
    const chat = this.chat!;
    const now = this.now();
    for (const item of items) {
      const read = this.adapter.readMessageItem(item, now);
      const state = this.items.get(item);
      switch (read.kind) {
        case 'pending':
          if (!state) this.items.set(item, { msgId: read.msgId, signature: 'pending', firstSeenAt: now });
          break;
        case 'message': {
          const signature = `${read.msgId}|${read.type}|${read.sendFailed ? 1 : 0}`;
          if (state?.signature === signature) break;
          // Keep the time the message first appeared, also across the local id -> server id switch.
          const firstSeenAt = state && (state.msgId === read.msgId || state.signature === 'pending') ? state.firstSeenAt : now;
          this.items.set(item, { msgId: read.msgId, signature, firstSeenAt });
          // The adapter's read is the message; the session adds what only it knows (chat, sender, first seen).
          const { kind: _kind, senderName, ...fields } = read;
          const message: SeenMessage = {
            ...fields,
            chat: { name: chat.name, kind: chat.kind, ...(chat.sessionId ? { sessionId: chat.sessionId } : {}) },
            senderName: read.direction === 'out' ? account : (senderName ?? (chat.kind === 'direct' ? chat.name : '')),
            firstSeenAt,
          };
          this.emitOnce(account, message, signature, item);
          break;
        }
        case 'system': {
          if (state && !state.signature.startsWith('sys:') && this.adapter.isRecallNotice(read.text)) {
            // The page rewrote a known message in place: that message was recalled.
            this.items.set(item, { msgId: state.msgId, signature: `sys:${read.text}`, firstSeenAt: state.firstSeenAt });
            this.emit({ type: 'message-recalled', account, chat, msgId: state.msgId, at: now });
            break;
          }
          if (state?.signature === `sys:${read.text}`) break;
          // System lines carry no id: anchor them to the text and the message before them.
          const msgId = `sys-${fnv1a(`${read.text}\n${this.previousMsgId(item)}`)}`;
          const signature = `sys:${read.text}`;
          this.items.set(item, { msgId, signature, firstSeenAt: now });
          const message: SeenMessage = {
            msgId,
            chat: { name: chat.name, kind: chat.kind },
            direction: 'in',
            senderName: '',
            type: this.adapter.isRecallNotice(read.text) ? 'recall' : 'system',
            text: read.text,
            links: [],
            firstSeenAt: now,
          };
          this.emitOnce(account, message, signature, item);
          break;
        }
        case 'skip':
          if (read.reason === 'unreadable') this.skipped.unreadable++;
          break;
      }
    }
  }

  private previousMsgId(item: Element): string {
    for (let prev = item.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const state = this.items.get(prev);
      if (state && !state.msgId.startsWith('sys-')) return state.msgId;
    }
    return '';
  }

  private emitOnce(account: string, message: SeenMessage, signature: string, element: Element): void {
    const key = `${messageKey(account, message.chat, message.msgId)}|${signature}`;
    const fresh = !this.emitted.has(key);
    if (fresh) {
      this.emitted.set(key, true);
      if (this.emitted.size > EMITTED_MEMORY) this.emitted.delete(this.emitted.keys().next().value!);
    }
    this.emit({ type: 'message-seen', account, message, element, fresh });
  }
}

/** The elements a batch of records touched, each once, and only those still in the page. */
interface TouchedElements {
  /** Targets of changes (a text change counts for its parent element). */
  targets: Set<Element>;
  /** Added elements whose parent was not added in the same batch (their subtrees are searched once). */
  added: Set<Element>;
}

/**
 * A burst (the app rendering hundreds of messages, its virtual list dropping most again) yields tens of thousands
 * of records about a few hundred elements, most of them gone by the time the batch is read: each element is looked
 * at once, and what left the page is skipped.
 */
function touchedElements(records: MutationRecord[]): TouchedElements {
  const targets = new Set<Element>();
  const addedAll = new Set<Element>();
  // Whether each target is still in the page, asked once per target (the same few targets repeat thousands of times).
  const connected = new Map<Node, boolean>();
  for (const record of records) {
    const node = record.target;
    let inPage = connected.get(node);
    if (inPage === undefined) connected.set(node, (inPage = node.isConnected));
    // A target that left the page took what was added to it along (what moved on is in a later record).
    if (!inPage) continue;
    const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (target) targets.add(target);
    if (record.type !== 'childList') continue;
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const child = added[i]!;
      if (child.nodeType === 1 && child.isConnected) addedAll.add(child as Element);
    }
  }
  const added = new Set<Element>();
  for (const el of addedAll) if (!el.parentElement || !addedAll.has(el.parentElement)) added.add(el);
  return { targets, added };
}
