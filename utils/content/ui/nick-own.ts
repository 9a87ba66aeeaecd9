/**
 * The notice for the account's own group nickname ("你在本群的群昵称…不符合群规"), shown in the summary bar of
 * the open group, with the fix to copy. Only the person running QunGuard sees it; nothing is sent.
 */
import type { NicknameVerdict } from '../../core/nickname/model';
import { tc } from '../../i18n/content';
import { explain } from '../../i18n/messages/nickname-reasons';
import { copyToClipboard } from './nick-copy';

export function ownNickNotice(verdict: NicknameVerdict): HTMLElement | null {
  if (verdict.verdict !== 'bad') return null;
  const notice = document.createElement('div');
  notice.className = 'own';
  notice.dataset.qgOwnNick = verdict.verdict;
  if (verdict.suggestion) notice.dataset.qgOwnNickSuggest = verdict.suggestion;
  const text = document.createElement('span');
  text.textContent = tc('own.bad', { name: verdict.name, why: explain(tc, verdict) });
  notice.append(text);
  if (verdict.suggestion) {
    const suggestion = verdict.suggestion;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = tc('card.copy');
    copy.dataset.qgAction = 'copy-own-nick';
    copy.onclick = () => void copyToClipboard(suggestion).then((ok) => (copy.textContent = ok ? tc('card.copied') : tc('card.copyFailed')));
    notice.append(copy);
  }
  const how = document.createElement('div');
  how.className = 'how';
  how.textContent = tc('own.how');
  notice.append(how);
  return notice;
}
