/**
 * Durable copies of content-script outboxes in `storage.local` (`outbox:<id>` → `{ events, savedAt }`), the one
 * extension storage a content script can write at once. The content script writes; the background drains.
 */
import type { StoredEvent } from './protocol';

export const OUTBOX_KEY_PREFIX = 'outbox:';

export interface DurableOutbox {
  events: StoredEvent[];
  savedAt: number;
}

export const outboxKey = (id: string) => `${OUTBOX_KEY_PREFIX}${id}`;
