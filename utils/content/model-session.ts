/**
 * Turns what the site's model reader delivers (utils/site/types.ts ModelUpdate) into session events: the model's
 * state, its messages (with the account as the sender of own messages) and the whole member list of every group.
 * Batches that arrive before the account is known (the bridge starts before login finishes) wait, bounded.
 */
import type { CurrentChat } from '../core/events';
import type { ModelUpdate } from '../site/types';
import type { SessionEvent } from './session';

/** Batches kept while the account is unknown; the bridge posts everything again on resync, so older ones may go. */
const MAX_WAITING_BATCHES = 500;

export type ModelState = 'unknown' | 'live' | 'unavailable';

export class ModelSession {
  state: ModelState = 'unknown';
  private waiting: Array<Extract<ModelUpdate, { kind: 'batch' }>> = [];
  /** Member names last emitted per group session id: an unchanged list is not news. */
  private membersSignature = new Map<string, string>();

  constructor(
    private readonly emit: (event: SessionEvent) => void,
    private readonly account: () => string | null,
  ) {}

  handle = (update: ModelUpdate): void => {
    if (update.kind === 'state') {
      const next = update.live ? 'live' : 'unavailable';
      if (next === this.state) return;
      this.state = next;
      this.emit({ type: 'model-state', live: update.live });
      return;
    }
    if (this.state !== 'live') {
      // Data proves the model is readable, whatever state post was missed.
      this.state = 'live';
      this.emit({ type: 'model-state', live: true });
    }
    if (update.resync) this.membersSignature.clear();
    if (!this.account()) {
      this.waiting.push(update);
      if (this.waiting.length > MAX_WAITING_BATCHES) this.waiting.shift();
      return;
    }
    this.deliver(update);
  };

  /** The account became known (or changed): deliver what waited. */
  accountKnown(): void {
    for (const batch of this.waiting.splice(0)) this.deliver(batch);
  }

  private deliver(batch: Extract<ModelUpdate, { kind: 'batch' }>): void {
    const account = this.account()!;
    for (const chat of batch.chats) {
      if (chat.kind !== 'group' || !chat.members?.length || !chat.sessionId) continue;
      const signature = `${chat.name}\n${chat.members.map((m) => m.name).join('\n')}`;
      if (this.membersSignature.get(chat.sessionId) === signature) continue;
      this.membersSignature.set(chat.sessionId, signature);
      const ref: CurrentChat = { name: chat.name, kind: 'group', sessionId: chat.sessionId, memberCount: chat.memberCount ?? chat.members.length };
      this.emit({ type: 'members-seen', account, chat: ref, members: chat.members, source: 'model' });
    }
    if (!batch.messages.length) return;
    for (const message of batch.messages) if (message.direction === 'out') message.senderName = account;
    this.emit({ type: 'model-messages', account, messages: batch.messages });
  }
}
