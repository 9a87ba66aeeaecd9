/** Sends what the session sees (chats, members, messages, recalls) to the background's database. */
import type { ChatRef } from '../../core/events';
import type { ContentFeature } from './types';

/** Storage keys use name + kind only: the session id changes at every login. */
const stableChat = (chat: ChatRef) => ({ name: chat.name, kind: chat.kind });

export const recorder: ContentFeature = {
  id: 'recorder',
  start(api) {
    const site = api.adapter.id;
    return {
      onEvent(event) {
        switch (event.type) {
          case 'chat-opened':
            api.store({ kind: 'chat', account: event.account, site, chat: event.chat, at: api.now() });
            break;
          case 'members-seen':
            api.store({
              kind: 'members',
              account: event.account,
              chat: stableChat(event.chat),
              members: event.members,
              at: api.now(),
            });
            break;
          case 'message-seen': {
            if (!event.fresh) break;
            const chatClass = api.classify(event.message.chat);
            if (chatClass === 'ignored' || (api.policy().records.scope === 'customer' && chatClass !== 'customer')) break;
            const shown = event.message.dividerTime ? api.adapter.parseShownTime(event.message.dividerTime, event.message.firstSeenAt) : null;
            api.store({
              kind: 'message',
              account: event.account,
              site,
              message: event.message,
              chatClass,
              time: shown ?? event.message.firstSeenAt,
              timeSource: shown === null ? 'first-seen' : 'divider',
            });
            break;
          }
          case 'message-recalled':
            api.store({
              kind: 'recall',
              account: event.account,
              chat: stableChat(event.chat),
              msgId: event.msgId,
              at: event.at,
            });
            break;
          default:
            break;
        }
      },
    };
  },
};
