/**
 * The small badge shown after a non-compliant name. Each badge is its own shadow host (a custom-named element;
 * content scripts have no customElements registry, but attachShadow works on such names), so page CSS cannot
 * touch it and it cannot touch the page. Text is only ever set with textContent.
 */
import type { NicknameVerdict } from '../../core/nickname/model';
import { tc } from '../../i18n/content';
import { createShadowHost } from './shadow-host';

export const BADGE_TAG = 'qg-nick-badge';

const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-left: 4px; }
button { all: unset; cursor: pointer; font: 11px/16px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 0 5px; border-radius: 8px; color: #fff; background: #e64340; white-space: nowrap; }
button.outsider { background: #8a5a00; }
button:focus-visible { outline: 2px solid #1989fa; }
`;

const label = (verdict: 'bad' | 'outsider') => tc(`badge.${verdict}`);

/** Put (or update) the badge right after `nameElement`; remove it when the verdict is fine. */
export function setBadge(nameElement: Element, verdict: NicknameVerdict, onOpen: (anchor: Element, verdict: NicknameVerdict) => void): void {
  let host = nameElement.nextElementSibling?.tagName.toLowerCase() === BADGE_TAG ? (nameElement.nextElementSibling as HTMLElement) : null;
  if (verdict.verdict === 'ok' || verdict.verdict === 'exempt') {
    host?.remove();
    return;
  }
  if (!host) {
    const button = document.createElement('button');
    button.type = 'button';
    host = createShadowHost(BADGE_TAG, BADGE_CSS, button);
    nameElement.after(host);
  }
  const button = host.shadowRoot!.querySelector('button')!;
  button.className = verdict.verdict;
  button.textContent = label(verdict.verdict);
  button.setAttribute('aria-label', tc('badge.aria', { label: label(verdict.verdict), name: verdict.name }));
  host.dataset.qgBadge = verdict.verdict;
  // Re-bind so the latest verdict is shown (cheap: one listener per badge).
  button.onclick = (event) => {
    event.stopPropagation(); // the page's own click handlers (open profile, etc.) must not fire
    onOpen(host!, verdict);
  };
}

export function removeBadges(root: ParentNode): void {
  for (const el of root.querySelectorAll(BADGE_TAG)) el.remove();
}
