/** The one-line status shown in the popup, from the content script's report. Pure, so it is unit-tested. */
import type { ContentStatus } from '@/utils/bus/protocol';
import { pageMessages, t, type MessageKey } from '@/utils/i18n';

/** The site's name in the UI language: the table entry `site.<adapter id>`, else the adapter's own label. */
function siteName(status: ContentStatus): string {
  const key = `site.${status.site}`;
  return key in pageMessages ? t(key as MessageKey) : status.siteLabel;
}

export function statusHeadline(status: ContentStatus): string {
  switch (status.health.state) {
    case 'active': {
      const chat = status.chat;
      if (!chat) return t('status.activeNoChat', { site: siteName(status) });
      const label =
        chat.kind === 'group' && chat.memberCount !== undefined
          ? t('status.chatWithMembers', { chat: chat.name, members: t('status.members', { count: chat.memberCount }) })
          : chat.name;
      return t('status.active', { site: siteName(status), chat: label });
    }
    case 'login':
      return t('status.login');
    case 'refused':
      return t('status.refused');
    case 'paused':
      return t('status.paused');
    default:
      return t('status.starting');
  }
}
