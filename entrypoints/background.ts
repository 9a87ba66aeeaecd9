import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSetupOnInstall } from '@/utils/background/first-run';
import { handleRequest } from '@/utils/background/handlers';
import { isBusRequest } from '@/utils/bus/protocol';
import { getEffectivePolicy, watchPolicy } from '@/utils/policy/store';
import { getDb } from '@/utils/store/db';
import { PURGE_ALARM, purgeOlderThan } from '@/utils/store/retention';

export default defineBackground({
  type: 'module',
  main() {
    // The validated policy, read once per worker life and again only after it changes (not once per batch:
    // validating a large roster or dictionary for every batch of messages would be wasted work).
    let policy: ReturnType<typeof getEffectivePolicy> | null = null;
    const currentPolicy = () => (policy ??= getEffectivePolicy().catch((error: unknown) => {
      policy = null;
      throw error;
    }));
    watchPolicy(() => (policy = null));

    // Registered synchronously at start-up so a message that wakes a stopped worker finds its listener.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isBusRequest(message) || message.type === 'qg/getStatus') return undefined;
      // A failure (e.g. QuotaExceededError) rolls back that batch only; the content script keeps and retries it.
      return handleRequest(message, { db: getDb, policy: currentPolicy }).catch((error: unknown) => ({
        ok: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }));
    });

    openSetupOnInstall();

    // Retention: purge once a day (and shortly after start) rows older than the policy's retentionDays.
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== PURGE_ALARM) return;
      void currentPolicy()
        .then((p) => purgeOlderThan(getDb(), p.records.retentionDays, Date.now()))
        .catch((error: unknown) => console.warn('[QunGuard] purge failed', error));
    });
    void browser.alarms.get(PURGE_ALARM).then((existing) => {
      if (!existing) void browser.alarms.create(PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    });
  },
});
