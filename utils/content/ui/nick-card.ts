/** The detail card for one name: verdict, reason in plain Chinese, the fix with a copy button. */
import type { NicknameVerdict } from '../../core/nickname/model';
import { tc } from '../../i18n/content';
import { explain, reasonsText } from '../../i18n/messages/nickname-reasons';

export const CARD_CSS = `
.card { position: fixed; z-index: 2147483000; max-width: 320px; background: #fff; color: #222; border-radius: 6px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 10px 12px; font: 13px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.card[hidden] { display: none; }
.name { font-weight: 600; word-break: break-all; }
.why { margin: 4px 0; }
.fix { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
.fix code { background: #f1f8f4; color: #07804a; padding: 1px 6px; border-radius: 4px; font: inherit; }
button { font: inherit; border: 1px solid #07c160; color: #07c160; background: #fff; border-radius: 4px; padding: 0 8px; cursor: pointer; }
.note { color: #888; font-size: 12px; margin-top: 6px; }
`;

/** `avoid`: the composer's box; the card opens above its badge rather than cover it. */
export function renderCard(container: HTMLElement, anchor: Element, verdict: NicknameVerdict, onClose: () => void, avoid: DOMRect | null = null): void {
  container.replaceChildren();
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', tc('card.aria'));
  card.dataset.qgNickCard = verdict.verdict;
  const name = document.createElement('div');
  name.className = 'name';
  name.textContent = verdict.name;
  const why = document.createElement('div');
  why.className = 'why';
  // The fix has its own row below, so the first line only says what is wrong.
  why.textContent = verdict.verdict === 'bad' ? reasonsText(tc, verdict.reasons) : explain(tc, verdict);
  card.append(name, why);
  if (verdict.verdict === 'bad' && verdict.suggestion) {
    const fix = document.createElement('div');
    fix.className = 'fix';
    const code = document.createElement('code');
    code.textContent = verdict.suggestion + (verdict.confidence === 'likely' ? tc('verdict.likely') : '');
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = tc('card.copy');
    copy.onclick = () => {
      void navigator.clipboard?.writeText(verdict.suggestion!).then(
        () => (copy.textContent = tc('card.copied')),
        () => (copy.textContent = tc('card.copyFailed')),
      );
    };
    fix.append(tc('card.suggest'), code, copy);
    card.append(fix);
  }
  const note = document.createElement('div');
  note.className = 'note';
  note.textContent = tc('card.remarkNote');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = tc('card.close');
  close.onclick = onClose;
  card.append(note, close);
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  const rect = anchor.getBoundingClientRect();
  card.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - 330))}px`;
  card.style.top = `${rect.bottom + 6}px`;
  container.append(card);
  const height = card.getBoundingClientRect().height;
  const limit = Math.min(innerHeight, avoid ? avoid.top : innerHeight) - 6;
  if (rect.bottom + 6 + height > limit) card.style.top = `${Math.max(8, rect.top - 6 - height)}px`;
  close.focus();
}
