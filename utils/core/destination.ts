/**
 * Where a message goes, relative to where it comes from. Business terms are judged by this: a quote sent in the
 * customer's own chat is the job; the same quote forwarded to another customer is a leak.
 *
 * With only chat names to go on, "the customer's own chat" is the chat the message is typed in (a send in a
 * customer 1:1 or customer group), or — for a forward — the same customer chat it comes from. A forward from
 * customer chat A to customer chat B (A ≠ B) goes to "another customer".
 */
import type { ChatClass } from './classify';

export type Destination = 'own-customer' | 'internal' | 'other-customer' | 'external' | 'unknown';

export const DESTINATIONS: readonly Destination[] = ['own-customer', 'internal', 'other-customer', 'external', 'unknown'];

/** Where the 商业机密 preset warns by default: anywhere but the customer's own chat and our own people. */
export const OUTSIDE_DESTINATIONS: readonly Destination[] = ['other-customer', 'external', 'unknown'];

export interface ChatEnd {
  name: string;
  chatClass: ChatClass;
}

/** A send: the destination is the open chat itself. */
export function sendDestination(chat: ChatEnd): Destination {
  return classDestination(chat.chatClass, true);
}

/** A forward from `source` to `target`. */
export function forwardDestination(source: ChatEnd, target: ChatEnd): Destination {
  return classDestination(target.chatClass, source.chatClass === 'customer' && source.name === target.name);
}

function classDestination(chatClass: ChatClass, sameCustomerChat: boolean): Destination {
  switch (chatClass) {
    case 'customer':
      return sameCustomerChat ? 'own-customer' : 'other-customer';
    case 'internal':
      return 'internal';
    case 'external':
      return 'external';
    default:
      // Ignored chats (文件传输助手, family) and unclassified ones: we cannot tell who reads them.
      return 'unknown';
  }
}

/** Does a rule with these destinations (absent = everywhere) apply at `destination`? */
export function appliesAt(destinations: readonly Destination[] | undefined, destination: Destination): boolean {
  return !destinations || destinations.includes(destination);
}
