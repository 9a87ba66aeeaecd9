/** Retention: rows older than the policy's retentionDays are deleted (run daily by the background alarm). */
import type { QunGuardDb } from './db';

export const PURGE_ALARM = 'qunguard-purge';

export async function purgeOlderThan(db: QunGuardDb, retentionDays: number, now: number): Promise<{ messages: number; log: number }> {
  const cutoff = now - retentionDays * 86_400_000;
  const messages = await db.messages.where('seenAt').below(cutoff).delete();
  const log = await db.log.where('at').below(cutoff).delete();
  return { messages, log };
}

export interface StorageUse {
  usage: number;
  quota: number;
  /** 0..1 */
  share: number;
  warning: boolean;
}

/** Storage use of the extension origin; a warning above 80 % of the quota. */
export async function storageUse(estimate: () => Promise<StorageEstimate> = () => navigator.storage.estimate()): Promise<StorageUse | null> {
  try {
    const { usage = 0, quota = 0 } = await estimate();
    const share = quota ? usage / quota : 0;
    return { usage, quota, share, warning: share > 0.8 };
  } catch {
    return null;
  }
}
