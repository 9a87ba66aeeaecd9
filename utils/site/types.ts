import type { ChatListRow, CurrentChat, HealthReport, Member, SeenMessage } from '../core/events';

/**
 * A message as an adapter reads it from the page: the site-neutral message (core/events.ts SeenMessage, with
 * `dividerTime` and its parsed `shownAt`), less what only the session knows (the chat, first seen); the sender's
 * name is null when the page shows none.
 */
export type MessageRead = Omit<SeenMessage, 'chat' | 'firstSeenAt' | 'senderName' | 'recalled' | 'localId'> & { senderName: string | null };

/**
 * One message item as an adapter reads it, in words every site shares. `skip` reasons: `unreadable` (the item
 * says it is a message but its id cannot be read: counted in diagnostics), `not-a-message`, `empty`.
 */
export type ItemRead =
  | ({ kind: 'message' } & MessageRead)
  | { kind: 'pending'; msgId: string }
  | { kind: 'system'; text: string }
  | { kind: 'skip'; reason: 'unreadable' | 'not-a-message' | 'empty' };

/** The fields of a held keydown a replay needs. */
export interface HeldKey {
  key: string;
  code: string;
  keyCode: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * One chat site. The site-agnostic session (utils/content/session.ts) only talks to this interface, so adding
 * WeCom Web means writing one more object like `wechatWebAdapter`, nothing else.
 */
export interface SiteAdapter {
  /** Also the i18n key `site.<id>` of the site's name (the popup shows it in the UI language). */
  id: string;
  /** The site's name in Chinese, shown when the UI tables have no `site.<id>` entry. */
  label: string;
  matches: string[];
  /** Logged-in chat page, login page, or "missing" (anchors absent: the session turns that into `paused`). */
  health(doc: Document): Omit<HealthReport, 'state'> & { state: 'active' | 'login' | 'refused' | 'missing' };
  readAccount(doc: ParentNode): string | null;
  readCurrentChat(doc: ParentNode): CurrentChat | null;
  readChatList(doc: ParentNode): ChatListRow[];
  readMembers(doc: ParentNode): Member[] | null;
  readEditorText(doc: ParentNode): string | null;
  /** Attributes whose changes the page makes meaningful (an id swapped in place, a class marking state). */
  observedAttributes: string[];
  /**
   * Replace the editor's text so the page's own model holds it (脱敏后发送), written as text (never as HTML).
   * True when the editor now reads exactly `text`. Optional: a site without it offers no 脱敏后发送.
   */
  writeEditorText?(doc: Document, text: string): boolean;
  /** The account's own session id, to find the account's own entry in a member list; null when unknown. */
  readAccountId?(doc: ParentNode): string | null;
  /** Selector of one message item; the session finds items in mutations with it. */
  messageItemSelector: string;
  /**
   * Selector of the member popup; mutations inside it trigger a members re-read. A site without member lists
   * (readMembers always null) names the region where its mutations happen; it only decides which batches count.
   */
  membersSelector: string;
  readMessageItem(item: Element, now: number): ItemRead;
  /** Name elements of the open member popup, with the name each shows. */
  memberNameElements(doc: ParentNode): Array<{ element: Element; name: string }>;
  /** The name element of a chat-list row, by the row's session id. */
  chatRowNameElement(doc: ParentNode, sessionId: string): Element | null;
  /** The message body element of an item (where per-message badges go). */
  messageBodyElement(item: Element): Element | null;
  /** The composer (editor and send button): in-page cards must not cover it. */
  composerElement(doc: ParentNode): Element | null;
  /** Where per-chat UI (the nickname summary bar) goes: the chat header. */
  summaryAnchor(doc: ParentNode): Element | null;
  /** The sender-name element of a message item (group chats, incoming), or null. */
  senderNameElement(item: Element): Element | null;
  isRecallNotice(text: string): boolean;
  /**
   * Interception points of the send guard, each deciding exactly as the page's own handler does (nothing the
   * page would send passes unchecked, nothing it would not send is checked).
   */
  isSendKey(event: KeyboardEvent): boolean;
  /** Replay a held send key so the page's handler acts on it as on the original (in the page's world). */
  replaySendKey(editor: Element, key: HeldKey): void;
  isSendClick(target: Element): boolean;
  /** Replay a held click so the page's handler acts on it. */
  replayClick(target: Element): void;
  /** The failed message item whose resend control was clicked, or null. */
  resendItem(target: Element): Element | null;
  /** True when this click makes the open forward dialog send. */
  isForwardSend(target: Element, doc: ParentNode): boolean;
  forwardDialogOpen(doc: ParentNode): boolean;
  isFileInput(target: Element): boolean;
  /** Names of the chats picked in the open forward dialog, each once. */
  readForwardTargets(doc: ParentNode): string[];
  /** The site's own data model, when the site has one the adapter can read (see docs/app-model.md). */
  model?: SiteModelReader;
}

/** A message as the site's own app holds it: exact id and time, whether or not it was ever on screen. */
export interface ModelMessage extends SeenMessage {
  /** When it was sent, epoch ms, from the app (the server's clock): right in any time zone. */
  time: number;
}

/** A chat as the app holds it, with the whole member list for groups when the app has it. */
export interface ModelChat extends CurrentChat {
  members?: Member[];
}

/** What a site's model reader delivers: whether the model is readable, and batches of what changed. */
export type ModelUpdate =
  | { kind: 'state'; live: boolean }
  | { kind: 'batch'; chats: ModelChat[]; messages: ModelMessage[]; resync: boolean };

/** Read-only access to the site's own data model (messages and members beyond what is on screen). */
export interface SiteModelReader {
  watch(doc: Document, signal: AbortSignal, onUpdate: (update: ModelUpdate) => void): void;
}
