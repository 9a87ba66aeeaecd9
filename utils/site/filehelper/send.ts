/**
 * How 文件传输助手网页版 sends, and how a held send is replayed.
 *
 * Documented: the editor is a plain textarea whose value the page takes on an `input` event, and a click on
 * 发送 (`a.chat-send__button`) sends it. A file picked in `input#btnFile` is uploaded at once.
 *
 * ASSUMED (docs/sites.md): Enter with no modifier sends, as in web WeChat, acting on keydown; Shift/Ctrl/Alt/Meta+
 * Enter insert a line break; a keydown of an input method (isComposing, or the legacy 229) never sends (Enter then
 * confirms the candidate). Nothing else sends from the keyboard.
 */
import { SEL } from './selectors';
import { replayClickWithoutNavigation } from '../replay-click';

/** The legacy keyCode a browser gives every keydown an input method handles. */
const KEYCODE_IME = 229;

/** The page's rule for a keydown, as a pure function of its fields (table-tested). */
export function pageSendsOnKey(key: { key: string; keyCode: number; isComposing: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean {
  if (key.key !== 'Enter' || key.isComposing || key.keyCode === KEYCODE_IME) return false;
  return !key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey;
}

export function isSendKey(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  if (!target || typeof target.closest !== 'function' || !target.closest(SEL.editor)) return false;
  return pageSendsOnKey(event);
}

/**
 * A held Enter is replayed as a click on 发送, not as a new keydown: the click is the page's documented way to
 * send the textarea's text, and it does not depend on which fields of a keydown the page reads (a keydown built
 * in this world could not carry `keyCode` into the page's). The held keydown inserted no line break (it was held
 * before the page saw it), so the textarea holds exactly the text that was checked.
 */
export function replaySendKey(editor: Element): void {
  const button = editor.ownerDocument.querySelector(SEL.sendButton);
  if (button) replayClick(button);
}

/** Replay a held click (../replay-click.ts): the page's handler acts, the link does not navigate. */
export const replayClick = replayClickWithoutNavigation;

export function isSendClick(target: Element): boolean {
  return target.closest(SEL.sendButton) !== null;
}

export function isFileInput(target: Element): boolean {
  return target.matches(SEL.fileInput);
}
