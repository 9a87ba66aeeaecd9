/**
 * The warning dialog shown before a send / forward / quiet-hours post. Lives in a shadow root (./shadow-ui.ts,
 * modal, key events isolated from the page). Keyboard: Esc cancels; Enter never confirms by
 * itself (focus starts on 取消, and Enter on 仍然发送 / 脱敏后发送 is ignored: they need a click or Space). Chat text is
 * rendered as text nodes, with <mark> around hits. With `masked` (personal data found in text QunGuard can
 * rewrite) it shows the masked text and offers 脱敏后发送, which needs no reason: the data does not leave.
 */
import type { Hit } from '../../core/detector/model';
import { mergeSpans } from '../../core/detector/spans';
import type { GuardVerdict } from '../../core/guard';
import { tc } from '../../i18n/content';
import { findingText } from '../../i18n/findings';

export const DIALOG_CSS = `
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; z-index: 2147483600; }
.dialog { width: min(480px, 92vw); max-height: 80vh; overflow: auto; background: #fff; color: #222; border-radius: 8px; padding: 16px 18px;
  font: 14px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; box-shadow: 0 8px 32px rgba(0,0,0,.25); }
h2 { font-size: 16px; margin: 0 0 8px; }
h2.block { color: #c0302b; }
ul { margin: 6px 0; padding-left: 18px; }
li.block { color: #c0302b; }
.text { white-space: pre-wrap; word-break: break-all; background: #f6f6f6; border-radius: 4px; padding: 6px 8px; max-height: 160px; overflow: auto; font-size: 13px; }
mark { background: #ffe58f; color: inherit; padding: 0 1px; }
textarea { width: 100%; box-sizing: border-box; font: inherit; margin-top: 6px; }
.toast { position: fixed; left: 50%; bottom: 96px; transform: translateX(-50%); background: rgba(30,30,30,.88); color: #fff; border-radius: 6px;
  padding: 8px 16px; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; z-index: 2147483600; }
.buttons { display: flex; justify-content: flex-end; gap: 10px; margin-top: 12px; }
button { font: inherit; padding: 5px 16px; border-radius: 4px; border: 1px solid #ccc; background: #fff; cursor: pointer; }
button.danger { border-color: #e64340; color: #e64340; }
button.primary { border-color: #07c160; background: #07c160; color: #fff; }
.masked { margin-top: 6px; }
button:disabled { opacity: .45; cursor: not-allowed; }
button:focus-visible { outline: 2px solid #1989fa; outline-offset: 1px; }
`;


export interface DialogResult {
  /** `masked`: 脱敏后发送 (send the masked text instead). */
  decision: 'cancelled' | 'sent-anyway' | 'masked';
  reason?: string;
}

/** Text with <mark> around hits (overlapping hits merged), built only from text nodes. */
export function highlighted(text: string, hits: Hit[], limit = 2000): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start: s, end: e } of mergeSpans(hits)) {
    if (s >= limit) break;
    if (s > at) fragment.append(text.slice(at, s));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, Math.min(e, limit));
    fragment.append(mark);
    at = e;
  }
  if (at < Math.min(text.length, limit)) fragment.append(text.slice(at, limit));
  if (text.length > limit) fragment.append('…');
  return fragment;
}

export function renderGuardDialog(container: HTMLElement, verdict: GuardVerdict, text: string, destinations: string[], done: (result: DialogResult) => void, masked: string | null = null): void {
  const kind = verdict.dialog ?? 'send';
  container.replaceChildren();
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.dataset.qgDialog = kind;
  if (verdict.blocked) dialog.dataset.qgBlocked = '';
  const title = document.createElement('h2');
  title.id = 'qg-dialog-title';
  title.textContent = verdict.blocked ? tc('dialog.blocked') : tc(`dialog.${kind}`);
  if (verdict.blocked) title.className = 'block';
  dialog.setAttribute('aria-labelledby', title.id);
  const list = document.createElement('ul');
  for (const f of verdict.findings) {
    const li = document.createElement('li');
    li.textContent = findingText(f) + (f.action === 'block' ? tc('dialog.blockedMark') : '');
    li.dataset.qgRule = f.rule;
    if (f.action === 'block') li.className = 'block';
    list.append(li);
  }
  dialog.append(title, list);
  if (destinations.length) {
    const to = document.createElement('p');
    to.textContent = tc('dialog.to', { chats: destinations.join(tc('list.separator')) });
    dialog.append(to);
  }
  if (text && verdict.hits.length) {
    const box = document.createElement('div');
    box.className = 'text';
    box.append(highlighted(text, verdict.hits));
    dialog.append(box);
  }
  if (masked !== null) {
    const preview = document.createElement('div');
    preview.className = 'text masked';
    preview.dataset.qgMasked = '';
    preview.textContent = tc('guard.maskedPreview', { text: masked });
    dialog.append(preview);
  }

  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = tc('dialog.cancel');
  cancel.dataset.qgAction = 'cancel';
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(cancel);

  let maskSend: HTMLButtonElement | null = null;
  if (masked !== null) {
    maskSend = document.createElement('button');
    maskSend.type = 'button';
    maskSend.className = 'primary';
    maskSend.textContent = tc('guard.maskAndSend');
    maskSend.dataset.qgAction = 'mask-send';
    buttons.append(maskSend);
  }

  let reasonField: HTMLTextAreaElement | null = null;
  let sendAnyway: HTMLButtonElement | null = null;
  if (!verdict.blocked) {
    sendAnyway = document.createElement('button');
    sendAnyway.type = 'button';
    sendAnyway.className = 'danger';
    sendAnyway.textContent = kind === 'forward' ? tc('dialog.forwardAnyway') : tc('dialog.sendAnyway');
    sendAnyway.dataset.qgAction = 'send-anyway';
    if (verdict.requireReason) {
      const label = document.createElement('label');
      label.textContent = tc('dialog.reason');
      reasonField = document.createElement('textarea');
      reasonField.rows = 2;
      reasonField.dataset.qgReason = '';
      reasonField.setAttribute('aria-label', tc('dialog.reasonAria'));
      label.append(reasonField);
      dialog.append(label);
      sendAnyway.disabled = true;
      reasonField.addEventListener('input', () => (sendAnyway!.disabled = !reasonField!.value.trim()));
    }
    buttons.append(sendAnyway);
  }
  dialog.append(buttons);
  backdrop.append(dialog);
  container.append(backdrop);

  let finished = false;
  const finish = (result: DialogResult) => {
    if (finished) return;
    finished = true;
    container.replaceChildren();
    done(result);
  };
  cancel.addEventListener('click', () => finish({ decision: 'cancelled' }));
  maskSend?.addEventListener('click', () => finish({ decision: 'masked' }));
  sendAnyway?.addEventListener('click', () => {
    const reason = reasonField?.value.trim();
    if (verdict.requireReason && !reason) return;
    finish(reason ? { decision: 'sent-anyway', reason } : { decision: 'sent-anyway' });
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish({ decision: 'cancelled' });
    } else if (event.key === 'Enter' && (event.target === sendAnyway || event.target === maskSend)) {
      event.preventDefault(); // Enter must never confirm by itself
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const focusables = [reasonField, cancel, maskSend, sendAnyway].filter((el): el is HTMLTextAreaElement | HTMLButtonElement => !!el && !el.disabled);
      const current = focusables.indexOf(event.composedPath()[0] as never);
      const next = focusables[(current + (event.shiftKey ? -1 : 1) + focusables.length) % focusables.length];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  cancel.focus();
}

/** A small notice while a send waits for QunGuard to start (no buttons: it goes away by itself). */
export function renderStartingNotice(container: HTMLElement, text: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.dataset.qgNotice = 'starting';
  toast.textContent = text;
  container.replaceChildren(toast);
}

/** A modal notice with one button (e.g. "the message was not sent"). */
export function renderGuardNotice(container: HTMLElement, titleText: string, bodyText: string, okText: string, done: () => void): void {
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.dataset.qgNotice = 'not-sent';
  const title = document.createElement('h2');
  title.textContent = titleText;
  const body = document.createElement('p');
  body.textContent = bodyText;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = okText;
  ok.dataset.qgAction = 'ok';
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(ok);
  dialog.append(title, body, buttons);
  backdrop.append(dialog);
  container.replaceChildren(backdrop);
  const finish = () => {
    container.replaceChildren();
    done();
  };
  ok.addEventListener('click', finish);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      finish();
    }
  });
  ok.focus();
}
