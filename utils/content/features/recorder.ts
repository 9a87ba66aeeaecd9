/**
 * Sends what the session sees (chats, members, messages, recalls) to the background's database.
 *
 * Messages come from one source at a time. When the site's own model is readable (web WeChat: every message of
 * every chat, with its id and send time), it is the record: exactly once per message, on screen or not. Until
 * the model's state is known the page's messages wait; if the model cannot be read they are stored from the page
 * as before (time from the divider, else first seen).
 */
import type { ChatRef, SeenMessage } from '../../core/events';
import { chatKey } from '../../core/keys';
import type { ModelMessage } from '../../site/types';
import type { ContentFeature, FeatureApi } from './types';

/** Storage keys use name + kind only: the session id changes at every login. */
const stableChat = (chat: ChatRef) => ({ name: chat.name, kind: chat.kind });

/** How long page messages wait for the model to say whether it is readable (a page without the bridge). */
export const MODEL_GRACE_MS = 10_000;
/** Model messages of chats outside the record's scope, kept so a chat tagged 客户 later records them. */
const HELD_PER_CHAT = 5000;
const HELD_CHATS = 200;

export const recorder: ContentFeature = {
  id: 'recorder',
  start(api) {
    const site = api.adapter.id;
    let model: 'unknown' | 'live' | 'unavailable' = api.adapter.model ? 'unknown' : 'unavailable';
    let waitingPage: Array<{ account: string; message: SeenMessage }> = [];
    let graceTimer = false;
    /** Per chat (name + kind): model messages not stored because the chat was out of scope then. */
    const held = new Map<string, { account: string; messages: Map<string, ModelMessage> }>();

    const inScope = (chat: ChatRef) => {
      const chatClass = api.classify(chat);
      return { chatClass, record: chatClass !== 'ignored' && (api.policy().records.scope !== 'customer' || chatClass === 'customer') };
    };

    const storePageMessage = (account: string, message: SeenMessage) => {
      const { chatClass, record } = inScope(message.chat);
      if (!record) return;
      api.store({ kind: 'message', account, site, message, chatClass, time: message.shownAt ?? message.firstSeenAt, timeSource: message.shownAt === undefined ? 'first-seen' : 'divider' });
    };

    const storeModelMessage = (account: string, message: ModelMessage, chatClass: ReturnType<FeatureApi['classify']>) => {
      api.store({ kind: 'message', account, site, message, chatClass, time: message.time, timeSource: 'app' });
      if (message.recalled) api.store({ kind: 'recall', account, chat: stableChat(message.chat), msgId: message.msgId, at: api.now() });
    };

    const hold = (account: string, message: ModelMessage) => {
      const key = chatKey(message.chat);
      let entry = held.get(key);
      if (!entry) {
        if (held.size >= HELD_CHATS) held.delete(held.keys().next().value!);
        held.set(key, (entry = { account, messages: new Map() }));
      }
      entry.messages.set(message.localId ?? message.msgId, message);
      if (entry.messages.size > HELD_PER_CHAT) entry.messages.delete(entry.messages.keys().next().value!);
    };

    /** Chats that came into scope (a tag, a policy change) record what the model already held for them. */
    const recordHeldInScope = () => {
      for (const [key, entry] of held) {
        const first = entry.messages.values().next().value;
        if (!first) continue;
        const { chatClass, record } = inScope(first.chat);
        if (!record) continue;
        held.delete(key);
        for (const message of entry.messages.values()) storeModelMessage(entry.account, message, chatClass);
      }
    };

    const settleModel = (state: 'live' | 'unavailable') => {
      model = state;
      const waiting = waitingPage;
      waitingPage = [];
      // The model holds every message the page showed: only a page without a readable model stores these.
      if (state === 'unavailable') for (const { account, message } of waiting) storePageMessage(account, message);
    };

    return {
      onEvent(event) {
        switch (event.type) {
          case 'chat-opened':
            api.store({ kind: 'chat', account: event.account, site, chat: event.chat, at: api.now() });
            break;
          case 'members-seen':
            api.store({ kind: 'members', account: event.account, chat: stableChat(event.chat), members: event.members, at: api.now() });
            break;
          case 'model-state':
            settleModel(event.live ? 'live' : 'unavailable');
            break;
          case 'model-messages':
            if (model !== 'live') settleModel('live');
            for (const message of event.messages) {
              const { chatClass, record } = inScope(message.chat);
              if (record) storeModelMessage(event.account, message, chatClass);
              else if (chatClass !== 'ignored') hold(event.account, message);
            }
            break;
          case 'message-seen':
            if (!event.fresh || model === 'live') break;
            if (model === 'unavailable') {
              storePageMessage(event.account, event.message);
              break;
            }
            waitingPage.push({ account: event.account, message: event.message });
            if (!graceTimer) {
              graceTimer = true;
              api.setTimeout(() => model === 'unknown' && settleModel('unavailable'), MODEL_GRACE_MS);
            }
            break;
          case 'message-recalled':
            // The model marks recalls itself (also in closed chats); the page's rewrite counts without it.
            if (model === 'live') break;
            api.store({ kind: 'recall', account: event.account, chat: stableChat(event.chat), msgId: event.msgId, at: event.at });
            break;
          default:
            break;
        }
      },
      onPolicyChange() {
        recordHeldInScope();
      },
    };
  },
};
