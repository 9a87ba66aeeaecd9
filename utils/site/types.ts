import type { ChatListRow, CurrentChat, HealthReport, Member } from '../core/events';
import type { ItemRead } from './wechat-web/read';

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
  health(doc: Document): Omit<HealthReport, 'state'> & { state: 'active' | 'login' | 'missing' };
  readAccount(doc: ParentNode): string | null;
  readCurrentChat(doc: ParentNode): CurrentChat | null;
  readChatList(doc: ParentNode): ChatListRow[];
  readMembers(doc: ParentNode): Member[] | null;
  readEditorText(doc: ParentNode): string | null;
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
  /** Where per-chat UI (the nickname summary bar) goes: the chat header. */
  summaryAnchor(doc: ParentNode): Element | null;
  /** The sender-name element of a message item (group chats, incoming), or null. */
  senderNameElement(item: Element): Element | null;
  isRecallNotice(text: string): boolean;
  /** Interception points (used by the send guard). */
  isSendKey(event: KeyboardEvent): boolean;
  isSendClick(target: Element): boolean;
  isForwardConfirm(target: Element): boolean;
  isFileInput(target: Element): boolean;
  /** Names of the chats picked in the open forward dialog. */
  readForwardTargets(doc: ParentNode): string[];
}
