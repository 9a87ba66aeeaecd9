/** The one-line status shown in the popup, from the content script's report. Pure, so it is unit-tested. */
import type { ContentStatus } from '@/utils/bus/protocol';
import { t } from '@/utils/i18n';

export function statusHeadline(status: ContentStatus): string {
  switch (status.health.state) {
    case 'active': {
      const chat = status.chat;
      if (!chat) return t('status.activeNoChat', { site: status.siteLabel });
      const label =
        chat.kind === 'group' && chat.memberCount !== undefined
          ? `${chat.name} (${t('status.members', { count: chat.memberCount })})`
          : chat.name;
      return t('status.active', { site: status.siteLabel, chat: label });
    }
    case 'login':
      return t('status.login');
    case 'paused':
      return t('status.paused');
    default:
      return t('status.starting');
  }
}
