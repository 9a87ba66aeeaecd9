/** Copying from the chat page's nickname UI (复制 in the card and notice, 复制提醒 in the summary). */

/** Copy `text`; false when the browser refuses (no permission, page not focused, no clipboard API). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The fallback when copying is refused: the text in a read-only box, selected, for Ctrl+C. */
export function manualCopyBox(text: string, label: string): HTMLTextAreaElement {
  const box = document.createElement('textarea');
  box.readOnly = true;
  box.value = text;
  box.rows = Math.min(8, text.split('\n').length + 1);
  box.setAttribute('aria-label', label);
  box.dataset.qgReminderText = '';
  // Selected once it is in the page (select() on a detached element selects nothing).
  queueMicrotask(() => {
    if (!box.isConnected) return;
    box.focus();
    box.select();
  });
  return box;
}
