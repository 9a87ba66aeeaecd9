/**
 * Content-script runtime, started from entrypoints/wechat.content/index.ts inside main().
 *
 *   MutationObserver ──► DomWatcher (queue, drain once per burst)
 *                           ├─► ChatSession (adapter: DOM -> events) ──► features (recorder, …)
 *                           └─► HealthMonitor ──► <html data-qg-status> + popup
 *   features ──► Outbox (batched, acked, retried) ──► background ──► IndexedDB (extension origin)
 *
 * Everything registers its teardown with ctx.onInvalidated.
 */
import { loadLocale } from '../i18n/locale';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentStatus, StoredEvent } from '../bus/protocol';
import { request } from '../bus/client';
import type { HealthReport } from '../core/events';
import { classifyChat, type ChatClass } from '../core/classify';
import { chatKey } from '../core/keys';
import { defaultPolicy, type Policy } from '../core/policy/model';
import { getEffectivePolicy, watchPolicy } from '../policy/store';
import type { SiteAdapter } from '../site/types';
import { DomWatcher } from './dom-watcher';
import { CONTENT_FEATURES } from './features';
import type { FeatureApi, FeatureHandlers } from './features/types';
import { HealthMonitor, failingChecks } from './health';
import { Outbox } from './outbox';
import { ChatSession, type SessionEvent } from './session';

/** The slice of WXT's ContentScriptContext we use (kept narrow so tests can pass a stand-in). */
export type RuntimeContext = ContentScriptContext;

export async function startContent(ctx: RuntimeContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const root = doc.documentElement;
  root.dataset.qgStatus = 'starting';
  await loadLocale(); // before any in-page UI is drawn
  const teardown: Array<() => void> = [];
  ctx.onInvalidated(() => {
    for (const fn of teardown.splice(0)) {
      try {
        fn();
      } catch {
        /* the page may already be gone */
      }
    }
    delete root.dataset.qgStatus;
  });

  const outbox = new Outbox<StoredEvent>({
    send: (batchId, events) => request({ type: 'qg/ingest', batchId, events }),
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    onError: (error, attempt) => {
      if (attempt === 1 || attempt % 10 === 0) console.debug('[QunGuard] delivery retry', attempt, error);
    },
  });
  teardown.push(() => outbox.stop());

  let policy: Policy = defaultPolicy();
  try {
    policy = await getEffectivePolicy();
  } catch (error) {
    console.warn('[QunGuard] policy unavailable, using defaults', error);
  }
  if (ctx.isInvalid) return;

  // Staff tags (one-click chat classes), loaded once the account is known.
  const tags = new Map<string, ChatClass>();
  let tagsFor = '';
  const loadTags = (account: string) => {
    if (tagsFor === account) return;
    tagsFor = account;
    void request({ type: 'qg/getTags', account }).then(
      (reply) => {
        tags.clear();
        for (const t of reply.tags) tags.set(chatKey(t), t.chatClass);
        if (reply.tags.length) reclassified();
      },
      (error) => console.warn('[QunGuard] chat tags unavailable', error),
    );
  };

  /** Chat classes changed (tags loaded or set): features re-evaluate as they do for a policy change. */
  const reclassified = () => {
    for (const { handlers: h } of handlers) h.onPolicyChange?.(policy);
  };

  const api: FeatureApi = {
    adapter,
    doc,
    policy: () => policy,
    store: (event) => outbox.push(event),
    log: (entry) => outbox.push({ kind: 'log', entry: { ...entry, eventId: entry.eventId ?? crypto.randomUUID(), at: entry.at ?? Date.now() } }),
    createShadowUi: (options) => createShadowRootUi(ctx, options),
    onTeardown: (fn) => teardown.push(fn),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    now: Date.now,
    tagOf: (chat) => tags.get(chatKey(chat)) ?? null,
    classify: (chat) => classifyChat(chat.name, policy.groups, tags.get(chatKey(chat))),
    setTag: async (chat, chatClass) => {
      if (chatClass) tags.set(chatKey(chat), chatClass);
      else tags.delete(chatKey(chat));
      reclassified();
      await request({ type: 'qg/setTag', account: tagsFor, chat: { name: chat.name, kind: chat.kind }, chatClass });
    },
  };

  const handlers: Array<{ id: string; handlers: FeatureHandlers }> = [];
  for (const feature of CONTENT_FEATURES) {
    try {
      const started = feature.start(api);
      if (started) handlers.push({ id: feature.id, handlers: started });
    } catch (error) {
      console.error(`[QunGuard] feature ${feature.id} failed to start`, error);
    }
  }
  const dispatch = (event: SessionEvent) => {
    if (event.type === 'account') loadTags(event.account);
    for (const { id, handlers: h } of handlers) {
      try {
        h.onEvent?.(event);
      } catch (error) {
        console.error(`[QunGuard] feature ${id} failed on ${event.type}`, error);
      }
    }
  };

  teardown.push(
    watchPolicy(() => {
      void getEffectivePolicy().then((next) => {
        policy = next;
        for (const { handlers: h } of handlers) h.onPolicyChange?.(next);
      });
    }),
  );

  const session = new ChatSession(adapter, doc, dispatch);
  const health = new HealthMonitor({
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as number),
    onChange: (report: HealthReport) => {
      root.dataset.qgStatus = report.state;
      if (report.state !== 'starting') {
        api.log({
          kind: 'health',
          account: session.account ?? undefined,
          data: { state: report.state, site: adapter.id, failing: failingChecks(report).map((c) => c.id) },
        });
      }
    },
  });

  const watcher = new DomWatcher(doc.documentElement, {
    schedule: (fn) => ctx.setTimeout(fn, 0),
    attributeFilter: ['data-cm', 'data-username', 'class'],
    onError: (error, index) => console.error('[QunGuard] consumer failed', index, error),
  });
  watcher.add(session.handleMutations);
  watcher.add(() => health.update(adapter.health(doc)));
  teardown.push(() => watcher.stop());

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if ((message as { type?: string } | null)?.type !== 'qg/getStatus') return undefined;
    const status: ContentStatus = {
      site: adapter.id,
      siteLabel: adapter.label,
      health: health.report,
      account: session.account,
      chat: session.chat,
      chatList: adapter.readChatList(doc),
      pendingEvents: outbox.pending,
      skippedItems: session.skipped.badDataCm,
    };
    return Promise.resolve({ ok: true, status });
  };
  browser.runtime.onMessage.addListener(onMessage);
  teardown.push(() => browser.runtime.onMessage.removeListener(onMessage));

  health.update(adapter.health(doc));
  session.scanAll();
  watcher.start();
}
