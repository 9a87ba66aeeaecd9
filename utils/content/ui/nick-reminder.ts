/**
 * 复制提醒 in the summary bar: copies a ready message that @-mentions the members to rename. Staff paste and send
 * it themselves; QunGuard never sends it. When the browser refuses to copy, the text is shown selected instead.
 */
import { tc } from '../../i18n/content';
import { manualCopyBox } from './nick-copy';

export interface ReminderView {
  /** The ready message; empty when nobody needs reminding (no button then). */
  text: string;
  /** How copying this same text went last time (null: not copied yet, or the text changed since). */
  status: 'copied' | 'manual' | null;
  /** Called in the click itself: the clipboard needs the click's user activation. */
  onCopy(): void;
}

/** The button, and after a copy its outcome: 已复制, or the text selected for Ctrl+C. */
export function reminderControls(view: ReminderView): { button: HTMLButtonElement; after: HTMLElement | null } | null {
  if (!view.text) return null;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.qgAction = 'copy-reminder';
  button.textContent = view.status === 'copied' ? tc('reminder.copied') : tc('reminder.copy');
  button.onclick = () => view.onCopy();
  if (view.status !== 'manual') return { button, after: null };
  const after = document.createElement('div');
  after.className = 'manual';
  const hint = document.createElement('div');
  hint.textContent = tc('reminder.copyManual');
  after.append(hint, manualCopyBox(view.text, tc('reminder.textAria')));
  return { button, after };
}
