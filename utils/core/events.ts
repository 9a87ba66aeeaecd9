/**
 * Plain, serialisable events that a site adapter produces from the page. Nothing here touches the DOM, so the
 * background, tests and future adapters (WeCom Web) share one vocabulary.
 */

export type ChatKind = 'group' | 'direct';

export type MessageType =
  | 'text'
  | 'image'
  | 'file'
  | 'link'
  | 'sticker'
  | 'voice'
  | 'video'
  | 'card'
  | 'location'
  | 'system'
  | 'recall'
  | 'other';

export type Direction = 'in' | 'out';

export interface ChatRef {
  /** Display name of the chat (group name or contact name); stable across logins, unlike the session id. */
  name: string;
  kind: ChatKind;
  /** Session-scoped id of the site (web WeChat's `@…`/`@@…` UserName). Never used as a storage key. */
  sessionId?: string;
}

export interface CurrentChat extends ChatRef {
  /** Member count from the title, for groups. */
  memberCount?: number;
}

export interface ChatListRow extends ChatRef {
  unread: number | 'dot' | 0;
  muted: boolean;
  active: boolean;
  /** When the row's last message came, as the row shows it (minute precision), if readable. */
  lastAt?: number;
}

/**
 * What a member's shown name is: the viewer's remark for the person, the group nickname, or the person's own
 * nickname (no group nickname set).
 */
export const NAME_SOURCES = ['remark', 'group', 'nickname'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export interface Member {
  name: string;
  sessionId?: string;
  /** What `name` is, when the site says (NAME_SOURCES); absent when it does not (a name read off the page). */
  nameFrom?: NameSource;
}

export interface SeenMessage {
  msgId: string;
  /** The id the site used before its final id replaced it (an own send before the server answered). */
  localId?: string;
  chat: ChatRef;
  direction: Direction;
  senderName: string;
  senderId?: string;
  type: MessageType;
  /** Text rebuilt from the page (emoji as text, <br> as newline); absent for non-text types. */
  text?: string;
  links: string[];
  fileName?: string;
  /** The divider time shown above the message ("14:53", "昨天 09:12"), when the page shows one. */
  dividerTime?: string;
  /** The divider as epoch ms, as the site adapter read it. */
  shownAt?: number;
  /** Epoch ms when this message was first seen by QunGuard. */
  firstSeenAt: number;
  /** True when the message has been recalled (rewritten in place to a system line). */
  recalled?: boolean;
  /** Outgoing message that failed to send (still carries the page's local id). */
  sendFailed?: boolean;
}

/** `refused`: the site refused this account's login (web WeChat's 1203 / 暂不支持使用网页版微信). */
export type HealthState = 'starting' | 'active' | 'login' | 'refused' | 'paused';

export interface HealthCheck {
  id: string;
  ok: boolean;
  /** What was looked for, for support ("#chatArea"). */
  selector: string;
}

export interface HealthReport {
  state: HealthState;
  checks: HealthCheck[];
}
