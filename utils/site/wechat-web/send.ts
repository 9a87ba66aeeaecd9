/**
 * How web WeChat decides that something is sent, read from the real app's handlers
 * (../shared/webwx-real/app/webwxApp.formatted.js), and how a held send is replayed so the app acts on it.
 *
 * - `editAreaKeydown` on `#editArea` (ng-keydown): keyCode 13 with none of Alt/Ctrl/Meta/Shift sends (with any
 *   of them it inserts a line break); keyCode 83 with Alt sends whatever Ctrl/Meta/Shift say. It reads
 *   `e.keyCode` only: not `key`, not `isComposing` (an IME's own keydowns carry keyCode 229, so they never send).
 * - 发送 (`.btn_send`, ng-click="sendTextMessage()"); 重新发送 (`.ico_fail`, ng-click="resendMsg(message)").
 * - Forward dialog: 确定 (`send()`) sends at once when one chat is picked and only opens the confirm panel when
 *   several are; the panel's 发送 (`ensure()`) then sends to all of them.
 * - What a send sends: `sendTextMessage()` sends `$scope.editAreaCtn`, the editor's ng-model. The
 *   `contenteditable-directive` copies the editor's innerHTML into it on every `input` event (view -> model),
 *   and `createMessage` turns that HTML back into text (`<br>` -> newline, entities decoded).
 */
import { cleanName, isUninterpolated } from '../../core/text';
import type { HeldKey } from '../types';
import { readChatList, richText, usernameFromAvatar } from './read';
import { REPLAY_KEY_EVENT } from './page-world';
import { SEL } from './selectors';
import { replayClickWithoutNavigation } from '../replay-click';

export const KEYCODE_ENTER = 13;
export const KEYCODE_S = 83;

/** The page's own rule, as a pure function of the keydown's fields (table-tested). */
export function appSendsOnKey(key: { keyCode: number; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean {
  if (key.keyCode === KEYCODE_ENTER) return !key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey;
  return key.keyCode === KEYCODE_S && key.altKey;
}

export function isSendKey(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  if (!target || typeof target.closest !== 'function' || !target.closest(SEL.editor)) return false;
  return appSendsOnKey(event);
}

/**
 * The page reads `keyCode`, which a KeyboardEvent built here cannot carry into the page's JavaScript world
 * (a property defined on this world's wrapper is invisible there). The page-world helper (./page-world.ts)
 * builds the keydown in the page's world instead; the request travels as a string, which crosses worlds intact.
 */
export function replaySendKey(editor: Element, key: HeldKey): void {
  (editor as HTMLElement).focus();
  editor.dispatchEvent(new CustomEvent(REPLAY_KEY_EVENT, { bubbles: true, composed: true, detail: JSON.stringify(key) }));
}

/**
 * Replace the editor's content with `text` (脱敏后发送): text nodes and `<br>` elements, never HTML, then an
 * `input` event so the app's model (`editAreaCtn`) takes the new content, as it does after typing. A DOM event
 * crosses into the page's world intact, unlike the keydown of replaySendKey. The caret goes to the end.
 */
export function writeEditorText(doc: Document, text: string): boolean {
  const editor = doc.querySelector<HTMLElement>(SEL.editor);
  if (!editor) return false;
  const nodes: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i) nodes.push(doc.createElement('br'));
    if (line) nodes.push(doc.createTextNode(line));
  });
  editor.replaceChildren(...nodes);
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return richText(editor) === text;
}

/** Replay a held click (../replay-click.ts): the page's handler acts, the link does not navigate. */
export const replayClick = replayClickWithoutNavigation;

export function isSendClick(target: Element): boolean {
  return target.closest(SEL.sendButton) !== null;
}

/** The message item whose 重新发送 icon was clicked, or null. */
export function resendItem(target: Element): Element | null {
  return target.closest(SEL.messageFailed) ? target.closest(SEL.messageItem) : null;
}

/** True when this click makes the forward dialog send (see the header comment for the two steps). */
export function isForwardSend(target: Element, doc: ParentNode): boolean {
  if (target.closest(SEL.forwardEnsure)) return true;
  return target.closest(SEL.forwardConfirm) !== null && pickedForwardCount(doc) === 1;
}

/** The picked chats, counted by their chips: a chat listed twice (最近聊天 and 好友) is still one chat. */
function pickedForwardCount(doc: ParentNode): number {
  return doc.querySelectorAll(SEL.forwardChip).length;
}

export function forwardDialogOpen(doc: ParentNode): boolean {
  return doc.querySelector(SEL.forwardDialog) !== null;
}

export function isFileInput(target: Element): boolean {
  return target.matches(SEL.fileInput);
}

/**
 * Names of the picked chats, each once: one per chip, named from the list item with the same session id (the
 * list shows a chat under 最近聊天 and again under 好友), or from the chat list when the item is scrolled away.
 * A chip whose name cannot be found is left out (the guard then judges the names it has).
 */
export function readForwardTargets(doc: ParentNode): string[] {
  const nameById = new Map<string, string>();
  for (const check of doc.querySelectorAll(SEL.forwardPicked)) {
    const item = check.closest(SEL.forwardItem);
    const id = usernameFromAvatar(item?.querySelector(SEL.forwardAvatar)?.getAttribute('src') ?? null);
    const name = cleanName(item?.querySelector(SEL.forwardPickedName)?.textContent);
    if (id && name && !isUninterpolated(name)) nameById.set(id, name);
  }
  const chatList = new Map(readChatList(doc).map((row) => [row.sessionId, row.name]));
  const names: string[] = [];
  for (const chip of doc.querySelectorAll(SEL.forwardChip)) {
    const id = usernameFromAvatar(chip.querySelector(SEL.forwardAvatar)?.getAttribute('src') ?? null);
    const name = id ? (nameById.get(id) ?? chatList.get(id)) : undefined;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
