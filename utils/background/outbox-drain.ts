/**
 * Delivers what content scripts could not: the durable outbox copies (utils/bus/durable-outbox.ts) of tabs that
 * closed, reloaded or were orphaned by an extension update before the background acknowledged their events.
 * Runs when the service worker starts, when a tab closes and on the drain alarm. Ingest is idempotent, so an
 * event a live page also delivers is stored once.
 */
import { browser } from 'wxt/browser';
import { OUTBOX_KEY_PREFIX, type DurableOutbox } from '../bus/durable-outbox';

export const DRAIN_ALARM = 'qg-outbox-drain';

/** A copy this old belongs to no live page: a live one rewrites it within a second of any change. */
export const ABANDONED_AFTER_MS = 5000;

export async function drainOutboxes(ingest: (batchId: string, events: DurableOutbox['events']) => Promise<unknown>, now = Date.now(), minAgeMs = ABANDONED_AFTER_MS): Promise<number> {
  const all = await browser.storage.local.get(null);
  let delivered = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_KEY_PREFIX)) continue;
    const copy = value as DurableOutbox | undefined;
    const events = Array.isArray(copy?.events) ? copy.events : [];
    if (now - Number(copy?.savedAt ?? 0) < minAgeMs && events.length) continue; // a live page may still deliver it
    if (events.length) {
      await ingest(`drain-${key.slice(OUTBOX_KEY_PREFIX.length)}`, events);
      delivered += events.length;
    }
    // Remove only the copy that was delivered: a page that wrote meanwhile keeps its newer one.
    const latest = (await browser.storage.local.get(key))[key] as DurableOutbox | undefined;
    if (!latest || latest.savedAt === copy?.savedAt) await browser.storage.local.remove(key);
  }
  return delivered;
}
