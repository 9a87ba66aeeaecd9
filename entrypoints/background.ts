import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSetupOnInstall } from '@/utils/background/first-run';
import { handleRequest } from '@/utils/background/handlers';
import { ABANDONED_AFTER_MS, DRAIN_ALARM, drainOutboxes } from '@/utils/background/outbox-drain';
import { reinjectIntoOpenChatTabs } from '@/utils/background/reinject';
import { isBusRequest } from '@/utils/bus/protocol';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';
import { readCachedEffectivePolicy } from '@/utils/policy/startup';
import { getEffectivePolicy, readLocalPolicyOnly, refreshEffectivePolicy, watchPolicy } from '@/utils/policy/store';
import { getDb } from '@/utils/store/db';
import { PURGE_ALARM, purgeOlderThan } from '@/utils/store/retention';

/** The longest a batch waits for managed storage before it is stored under the cached or local policy. */
const MANAGED_WAIT_MS = 1000;

export default defineBackground({
  type: 'module',
  main() {
    // The validated policy, read once per worker life and again only after it changes (not once per batch:
    // validating a large roster or dictionary for every batch of messages would be wasted work).
    // storage.managed can take seconds to answer (and longer while tabs keep opening): batches never wait for it
    // more than MANAGED_WAIT_MS, then use the cached effective policy or the local one; the full policy replaces
    // that as soon as it arrives.
    let policy: Promise<Policy> | null = null;
    const currentPolicy = (): Promise<Policy> => {
      if (policy) return policy;
      const full = getEffectivePolicy();
      const mine = (policy = Promise.race([
        full,
        new Promise<void>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS)).then(async () => (await readCachedEffectivePolicy()) ?? (await readLocalPolicyOnly()) ?? defaultPolicy()),
      ]));
      full.then(
        (p) => {
          if (policy === mine) policy = Promise.resolve(p);
        },
        () => {
          if (policy === mine) policy = null;
        },
      );
      return mine;
    };
    // The last good effective policy (storage.local `policyEffective`) is remembered at start-up and after every
    // change, so a chat page starts from it and a later invalid policy leaves it in force.
    const remember = () => void refreshEffectivePolicy().catch((error: unknown) => console.warn('[QunGuard] policy not remembered', error));
    remember();
    watchPolicy(() => {
      policy = null;
      remember();
    });

    // Open (and upgrade) the database now, not at the first batch: the first batch waits for the policy, and
    // nothing else should be the first to create the database.
    void getDb().open().catch((error: unknown) => console.warn('[QunGuard] database not opened', error));

    // Registered synchronously at start-up so a message that wakes a stopped worker finds its listener.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isBusRequest(message) || message.type === 'qg/getStatus') return undefined;
      // A failure (e.g. QuotaExceededError) rolls back that batch only; the content script keeps and retries it.
      return handleRequest(message, { db: getDb, policy: currentPolicy }).catch((error: unknown) => ({
        ok: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }));
    });

    // Durable outboxes of closed, reloaded or orphaned tabs: at start-up, when a tab closes, and every minute.
    const drain = (minAgeMs?: number) =>
      void drainOutboxes((batchId, events) => handleRequest({ type: 'qg/ingest', batchId, events }, { db: getDb, policy: currentPolicy }), Date.now(), minAgeMs).catch((error: unknown) =>
        console.warn('[QunGuard] outbox drain failed', error),
      );
    drain();
    // After a tab closes its copy stops changing: drain once it is old enough to belong to no live page (draining a
    // live page's copy while that page delivers it made the two race).
    browser.tabs.onRemoved.addListener(() => void setTimeout(() => drain(), ABANDONED_AFTER_MS + 500));
    void browser.alarms.get(DRAIN_ALARM).then((existing) => {
      if (!existing) void browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    });

    // Chat tabs already open when the extension is installed or updated run an orphaned content script: bring the
    // new one in (the old one tears down its UI and listeners when the new one starts).
    browser.runtime.onInstalled.addListener(() => void reinjectIntoOpenChatTabs().catch((error: unknown) => console.warn('[QunGuard] re-injection failed', error)));
    openSetupOnInstall();

    // Retention: purge once a day (and shortly after start) rows older than the policy's retentionDays.
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === DRAIN_ALARM) drain();
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
