/**
 * What the page-world bridge (./app-bridge.ts) posts to the content script (./app-model.ts), as a JSON string in
 * a CustomEvent's detail. Raw values as the app holds them (names and content may carry the app's HTML); the
 * content script validates and cleans every field.
 */

import type { NameSource } from '../../core/events';

/** Bridge → content script: a state change or a batch of messages and chats. */
export const APP_MODEL_EVENT = 'qunguard:app-model';
/** Content script → bridge: post everything again (a content script that started after the bridge). */
export const APP_MODEL_RESYNC_EVENT = 'qunguard:app-model-resync';
/** Bumped when the shape changes: an older bridge left in a page after an update is then ignored. */
export const BRIDGE_VERSION = 1;

/** Names are as the app shows them (its getDisplayName rules), still HTML-escaped with emoji markup. */
export interface RawMember {
  id: string;
  /** Remark name, else group nickname (`DisplayName`), else nickname: what the member popup shows. */
  name: string;
  /** Which of the three `name` is (absent from bridges before it was added). */
  nameFrom?: NameSource;
}

export interface RawChat {
  /** The app's session id (`@…` a person, `@@…` a group): changes at every login. */
  id: string;
  /** Remark name, else nickname; a group without a name is called by its first members, as the app does. */
  name: string;
  memberCount?: number;
  members?: RawMember[];
}

export interface RawMessage {
  /** `MsgId`: the server's id, or the app's local id while a send has not succeeded. */
  id: string;
  /** `LocalID` when it differs from `MsgId` (own sends after the server answered). */
  localId?: string;
  /** Session id of the chat (`MMPeerUserName`). */
  chat: string;
  type: number;
  subType: number;
  appType: number;
  /** `MMIsSend`: the account's own message. */
  send: boolean;
  /** `MMActualSender`: in groups, the session id of who wrote it. */
  sender: string;
  /** Who wrote it, named as the member popup names them (groups, incoming). */
  senderName: string;
  /** `MMActualContent` (HTML as the app renders it). */
  content: string;
  fileName: string;
  url: string;
  /** `CreateTime`, seconds since the epoch (the server's clock). */
  time: number;
  /** `MMStatus` of own sends: 0 ready, 1 sending, 2 sent, 5 failed. */
  status?: number;
  /** `MMRecall`: the app rewrote it as 「…撤回了一条消息」. */
  recalled?: boolean;
}

export type RawPost =
  | { v: number; kind: 'state'; state: 'live' | 'unavailable' }
  | { v: number; kind: 'batch'; messages: RawMessage[]; chats: RawChat[]; resync?: true };
