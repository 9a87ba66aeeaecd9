/**
 * The notice for the account's own group nickname ("你在本群的群昵称…不符合群规"), shown in the summary bar of
 * the open group, with the fix to copy. Only the person running QunGuard sees it; nothing is sent.
 */
import type { Member } from '../../core/events';
import type { NicknameVerdict } from '../../core/nickname/model';
import { tc } from '../../i18n/content';
import { explain } from '../../i18n/messages/nickname-reasons';
import { copyToClipboard } from './nick-copy';

/** The account's own entry in the open group: its verdict, and what its name is when the site says. */
export interface OwnNickname {
  verdict: NicknameVerdict;
  nameFrom?: Member['nameFrom'];
}

/**
 * What the notice says the name is. Without a group nickname the group shows the account's own WeChat name, and
 * "你在本群的群昵称" would name something that does not exist; when the site does not say, "显示的名字" is true
 * either way.
 */
const OWN_TEXT = { group: 'own.bad', nickname: 'own.none', remark: 'own.shown', unknown: 'own.shown' } as const;

export function ownNickNotice({ verdict, nameFrom }: OwnNickname): HTMLElement | null {
  if (verdict.verdict !== 'bad') return null;
  const notice = document.createElement('div');
  notice.className = 'own';
  notice.dataset.qgOwnNick = verdict.verdict;
  if (verdict.suggestion) notice.dataset.qgOwnNickSuggest = verdict.suggestion;
  const text = document.createElement('span');
  text.textContent = tc(OWN_TEXT[nameFrom ?? 'unknown'], { name: verdict.name, why: explain(tc, verdict) });
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
