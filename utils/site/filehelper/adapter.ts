import type { HealthCheck } from '../../core/events';
import { FILEHELPER_MATCHES } from '../hosts';
import type { SiteAdapter } from '../types';
import { readAccount, readCurrentChat, readEditorText, readMessageItem } from './read';
import { SEL } from './selectors';
import { isFileInput, isSendClick, isSendKey, replayClick, replaySendKey } from './send';

/** Anchors of the chat page. All must be present for `active`; any missing makes the page `paused`. */
const ACTIVE_CHECKS = [
  ['chat-body', SEL.chatBody],
  ['message-list', SEL.messageList],
  ['editor', SEL.editor],
  ['send-button', SEL.sendButton],
] as const;

/**
 * 文件传输助手网页版: one chat, with the account's own 文件传输助手 (a personal device, the path by which customer
 * lists and quotes leave a company). No chat list, no members, no forward dialog, no resend control (assumed);
 * its login page is not told apart from a changed page (both say `paused`, see docs/sites.md).
 */
export const filehelperAdapter: SiteAdapter = {
  id: 'filehelper',
  label: '文件传输助手网页版',
  matches: FILEHELPER_MATCHES,

  health(doc) {
    const checks: HealthCheck[] = ACTIVE_CHECKS.map(([id, selector]) => ({ id, selector, ok: doc.querySelector(selector) !== null }));
    return { state: checks.every((c) => c.ok) ? 'active' : 'missing', checks };
  },

  readAccount,
  readCurrentChat,
  readChatList: () => [],
  readMembers: () => null,
  readEditorText,
  // class: `.mine` (assumed to be set when the page renders a message it sent).
  observedAttributes: ['class'],
  messageItemSelector: SEL.messageItem,
  // No member list here (readMembers is always null); mutations in the chat body are the only ones to look at.
  membersSelector: SEL.chatBody,
  readMessageItem,
  memberNameElements: () => [],
  chatRowNameElement: () => null,
  messageBodyElement: (item) => item.querySelector(SEL.messageBubble),
  composerElement: (doc) => doc.querySelector(SEL.editor),
  summaryAnchor: () => null,
  senderNameElement: () => null,
  isRecallNotice: (text) => /撤回了一条消息$/.test(text),
  // The page's time lines are not documented: messages are dated by when QunGuard first saw them.

  isSendKey,
  replaySendKey,
  isSendClick,
  replayClick,
  resendItem: () => null,
  isForwardSend: () => false,
  forwardDialogOpen: () => false,
  isFileInput,
  readForwardTargets: () => [],
};
