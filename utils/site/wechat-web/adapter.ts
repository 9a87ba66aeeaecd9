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
} from './read';
import { SEL } from './selectors';

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
    if (checks.every((c) => c.ok)) return { state: 'active', checks };
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
    return item.querySelector(`${SEL.messageBody} .content`);
  },
  summaryAnchor(doc) {
    return doc.querySelector(SEL.chatHeader);
  },
  senderNameElement(item) {
    return item.querySelector(`${SEL.messageBody}.you ${SEL.messageSender}`);
  },

  // Enter without modifiers sends; Ctrl/Alt/Shift/Meta+Enter insert a line break; Alt+S sends.
  // IME composition (isComposing / keyCode 229) must never count as a send.
  isSendKey(event) {
    if (event.isComposing || event.keyCode === 229) return false;
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function' || !target.closest(SEL.editor)) return false;
    if (event.key === 'Enter') return !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey;
    return event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 's' || event.key === 'S' || event.code === 'KeyS');
  },
  isSendClick(target) {
    return target.closest(SEL.sendButton) !== null;
  },
  isForwardConfirm(target) {
    return target.closest(`${SEL.forwardConfirm}, ${SEL.forwardEnsure}`) !== null;
  },
  isFileInput(target) {
    return target.matches(SEL.fileInput);
  },
  readForwardTargets(doc) {
    return [...doc.querySelectorAll(SEL.forwardPicked)].flatMap((check) => {
      const name = cleanName(check.closest('.contact_item')?.querySelector(SEL.forwardPickedName)?.textContent);
      return name && !isUninterpolated(name) ? [name] : [];
    });
  },
};
