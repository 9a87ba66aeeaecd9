import type { HealthCheck } from '../../core/events';
import { cleanName, isUninterpolated } from '../../core/text';
import { WECHAT_WEB_MATCHES } from '../hosts';
import type { SiteAdapter } from '../types';
import {
  isRecallNotice,
  readAccount,
  readChatList,
  readCurrentChat,
  readEditorText,
  readMembers,
  readMessageItem,
  usernameFromAvatar,
} from './read';
import { watchAppModel } from './app-model';
import { SEL } from './selectors';
import { forgetRefusal, loginRefused } from './login-refusal';
import { forwardDialogOpen, isFileInput, isForwardSend, isSendClick, isSendKey, readForwardTargets, replayClick, replaySendKey, resendItem, writeEditorText } from './send';

/** Anchors of a logged-in web WeChat page. All must be present for `active`. */
const ACTIVE_CHECKS = [
  ['logged-in', SEL.loadedBody],
  ['account', SEL.accountName],
  ['chat-list', SEL.chatList],
  ['chat-area', SEL.chatArea],
] as const;

/** Anchors that must exist once a chat is open (title shown). */
const OPEN_CHAT_CHECKS = [
  ['message-list', SEL.messageList],
  ['editor', SEL.editor],
] as const;

export const wechatWebAdapter: SiteAdapter = {
  id: 'wechat-web',
  label: '网页版微信',
  matches: WECHAT_WEB_MATCHES,

  health(doc) {
    const checks: HealthCheck[] = ACTIVE_CHECKS.map(([id, selector]) => ({
      id,
      selector,
      ok: doc.querySelector(selector) !== null,
    }));
    if (doc.querySelector(SEL.chatTitle)?.textContent?.trim()) {
      for (const [id, selector] of OPEN_CHAT_CHECKS) checks.push({ id, selector, ok: doc.querySelector(selector) !== null });
    }
    if (checks.every((c) => c.ok)) {
      forgetRefusal(doc);
      return { state: 'active', checks };
    }
    if (loginRefused(doc, Date.now())) return { state: 'refused', checks: [{ id: 'login-refused', selector: '', ok: false }] };
    // The account name is absent on the login page; the QR image is what tells it apart from a broken page.
    if (!checks[1]!.ok && doc.querySelector(SEL.loginQrCode)) {
      return { state: 'login', checks: [{ id: 'login-qrcode', selector: SEL.loginQrCode, ok: true }] };
    }
    return { state: 'missing', checks };
  },

  readAccount,
  readCurrentChat,
  readChatList,
  readMembers,
  readEditorText,
  // data-cm: the local message id is swapped for the server's in place; class: .me/.you, .active, failed sends.
  observedAttributes: ['data-cm', 'data-username', 'class'],
  writeEditorText,
  readAccountId(doc) {
    // The header avatar's URL names the account (…webwxgeticon?…&username=@…), like a member's avatar.
    const avatar = doc.querySelector(SEL.accountAvatar);
    return usernameFromAvatar(avatar?.getAttribute('src') ?? null) ?? usernameFromAvatar(avatar?.getAttribute('mm-src') ?? null) ?? null;
  },
  messageItemSelector: SEL.messageItem,
  membersSelector: SEL.membersPopup,
  readMessageItem,
  isRecallNotice,
  memberNameElements(doc) {
    return [...doc.querySelectorAll(SEL.member)].flatMap((member) => {
      const element = member.querySelector(SEL.memberName);
      const name = cleanName(element?.textContent);
      return element && name && !isUninterpolated(name) ? [{ element, name }] : [];
    });
  },
  chatRowNameElement(doc, sessionId) {
    const row = [...doc.querySelectorAll(SEL.chatRow)].find((r) => r.getAttribute('data-username') === sessionId);
    return row?.querySelector(SEL.chatRowName) ?? null;
  },
  messageBodyElement(item) {
    return item.querySelector(SEL.messageContent);
  },
  composerElement(doc) {
    return doc.querySelector(SEL.composer);
  },
  summaryAnchor(doc) {
    return doc.querySelector(SEL.chatHeader);
  },
  senderNameElement(item) {
    return item.querySelector(SEL.messageIncomingSender);
  },

  isSendKey,
  replaySendKey,
  isSendClick,
  resendItem,
  isForwardSend,
  forwardDialogOpen,
  isFileInput,
  readForwardTargets,
  replayClick,
  model: { watch: (doc, signal, onUpdate) => watchAppModel(doc, signal, onUpdate) },
};
