import { classifyChat, matchesPattern, type ChatClass } from '../classify';
import type { ChatRef } from '../events';
import type { Policy } from '../policy/model';

/**
 * Whether nickname rules apply in this chat, and the chat's class (outsiders are flagged only when internal).
 * Scope `staff` (default): internal and unclassified groups are checked; customer and external groups only when a
 * roster tells our people from customers (checkMember then checks only roster members); ignored chats never.
 */
export function nicknameScope(chat: Pick<ChatRef, 'name' | 'kind'>, policy: Policy, known?: ChatClass): { applies: boolean; chatClass: ChatClass } {
  const chatClass = known ?? classifyChat(chat.name, policy.groups);
  const nick = policy.nickname;
  if (!nick.enabled || chat.kind !== 'group') return { applies: false, chatClass };
  if (nick.scope === 'internal') return { applies: chatClass === 'internal', chatClass };
  if (nick.scope === 'matching') return { applies: matchesPattern(chat.name, nick.groupPattern), chatClass };
  if (nick.scope === 'all') return { applies: true, chatClass };
  if (chatClass === 'ignored') return { applies: false, chatClass };
  if (chatClass === 'customer' || chatClass === 'external') return { applies: nick.roster.length > 0, chatClass };
  return { applies: true, chatClass };
}
