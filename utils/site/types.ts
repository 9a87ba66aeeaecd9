import type { ChatListRow, CurrentChat, HealthReport, Member } from '../core/events';
import type { ItemRead } from './wechat-web/read';

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
  id: string;
  /** Shown to users: "网页版微信". */
  label: string;
  matches: string[];
  /** Logged-in chat page, login page, or "missing" (anchors absent: the session turns that into `paused`). */
  health(doc: Document): Omit<HealthReport, 'state'> & { state: 'active' | 'login' | 'refused' | 'missing' };
  readAccount(doc: ParentNode): string | null;
  readCurrentChat(doc: ParentNode): CurrentChat | null;
  readChatList(doc: ParentNode): ChatListRow[];
  readMembers(doc: ParentNode): Member[] | null;
  readEditorText(doc: ParentNode): string | null;
  /**
   * Replace the editor's text so the page's own model holds it (脱敏后发送), written as text (never as HTML).
   * True when the editor now reads exactly `text`. Optional: a site without it offers no 脱敏后发送.
   */
  writeEditorText?(doc: Document, text: string): boolean;
  /** The account's own session id, to find the account's own entry in a member list; null when unknown. */
  readAccountId?(doc: ParentNode): string | null;
  /** Selector of one message item; the session finds items in mutations with it. */
  messageItemSelector: string;
  /** Selector of the member popup; mutations inside it trigger a members re-read. */
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
  /** A time the page shows (a divider, a chat-list row) as epoch ms, read as the page draws it; null if unreadable. */
  parseShownTime(text: string, now: number): number | null;
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
}
