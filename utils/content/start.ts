/**
 * Content-script runtime, started from entrypoints/wechat.content/index.ts inside main().
 *
 *   MutationObserver ──► DomWatcher (queue, drain once per burst)
 *                           ├─► ChatSession (adapter: DOM -> events) ──► features (recorder, …)
 *                           └─► HealthMonitor ──► <html data-qg-status> + popup
 *   features ──► Outbox (batched, acked, retried) ──► background ──► IndexedDB (extension origin)
 *
 * Runs from document_start. Features (the send guard first of all) start synchronously, before any await, so a
 * send is caught from the moment the page can send; the policy arrives from the storage.local cache within
 * milliseconds (../policy/startup.ts; the background computes it, merging managed storage), and every change of it.
 * The DOM session starts once the policy and the UI language are known.
 *
 * Everything registers its teardown with ctx.onInvalidated; each feature gets its own AbortSignal.
 */
import { loadLocale } from '../i18n/locale';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentStatus, StoredEvent } from '../bus/protocol';
import { request } from '../bus/client';
import { outboxKey, type DurableOutbox } from '../bus/durable-outbox';
import type { HealthReport } from '../core/events';
import { classifyChat, type ChatClass } from '../core/classify';
import { chatKey } from '../core/keys';
import { defaultPolicy, type Policy } from '../core/policy/model';
import { readCachedEffectivePolicy, watchCachedEffectivePolicy } from '../policy/startup';
import type { SiteAdapter } from '../site/types';
import { DomWatcher } from './dom-watcher';
import { CONTENT_FEATURES } from './features';
import type { FeatureApi, FeatureHandlers } from './features/types';
import { HealthMonitor, failingChecks } from './health';
import { Outbox } from './outbox';
import { createShadowUi } from './ui/shadow-ui';
import { ModelSession } from './model-session';
import { ChatSession, type SessionEvent } from './session';

/** The slice of WXT's ContentScriptContext we use (kept narrow so tests can pass a stand-in). */
export type RuntimeContext = ContentScriptContext;

export function startContent(ctx: RuntimeContext, adapter: SiteAdapter, doc: Document = document): void {
  const root = doc.documentElement;
  root.dataset.qgStatus = 'starting';
  // When the guard was in place and when it knew the policy (ms since navigation), for support and the bench.
  const markGuard = (state: 'holding' | 'ready') => {
    root.dataset.qgGuard = state;
    root.dataset[state === 'holding' ? 'qgGuardInstalledMs' : 'qgGuardReadyMs'] = String(Math.round(performance.now()));
  };
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
    delete root.dataset.qgGuard;
  });

  const outbox = new Outbox<StoredEvent>({
    send: (batchId, events) => request({ type: 'qg/ingest', batchId, events }),
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    onError: (error, attempt) => {
      if (attempt === 1 || attempt % 10 === 0) console.debug('[QunGuard] delivery retry', attempt, error);
    },
    persist: (id, events) => {
      if (ctx.isInvalid) return; // an orphaned script can no longer write; its last copy stays for the background
      const write = events.length ? browser.storage.local.set({ [outboxKey(id)]: { events, savedAt: Date.now() } satisfies DurableOutbox }) : browser.storage.local.remove(outboxKey(id));
      void write.catch((error: unknown) => console.debug('[QunGuard] outbox copy not written', error));
    },
  });
  teardown.push(() => outbox.stop());

  // --- the policy: defaults until known; known = the cached effective policy, then the full computation ---
  let policy: Policy = defaultPolicy();
  let known: Policy | null = null;
  let announceKnown: (p: Policy) => void = () => undefined;
  const policyKnown = new Promise<Policy>((resolve) => (announceKnown = resolve));
  const usePolicy = (next: Policy) => {
    if (ctx.isInvalid) return;
    const first = !known;
    policy = next;
    known = next;
    announceKnown(next);
    for (const { handlers: h } of handlers) h.onPolicyChange?.(next); // the guard compiles its detector here
    if (first) markGuard('ready');
  };

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

  const baseApi: Omit<FeatureApi, 'signal'> = {
    adapter,
    doc,
    policy: () => policy,
    policyKnown: () => known,
    whenPolicyKnown: () => policyKnown,
    store: (event) => outbox.push(event),
    log: (entry) => outbox.push({ kind: 'log', entry: { ...entry, eventId: entry.eventId ?? crypto.randomUUID(), at: entry.at ?? Date.now() } }),
    createShadowUi: async (options) => {
      const ui = createShadowUi(options, doc);
      teardown.push(ui.remove);
      return ui;
    },
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
    const abort = new AbortController();
    teardown.push(() => abort.abort());
    try {
      const started = feature.start({ ...baseApi, signal: abort.signal });
      if (started) handlers.push({ id: feature.id, handlers: started });
    } catch (error) {
      console.error(`[QunGuard] feature ${feature.id} failed to start`, error);
    }
  }

  markGuard('holding'); // every feature is started: sends are caught from here on, held until the policy is known

  // The policy is the one the background computed and validated (it merges the managed layer, which can take
  // seconds to read, and keeps the last good one in force): its storage.local cache, at once, and every later
  // version of it. The very first page after installing, before the cache exists, asks the background.
  // Validation and the schema stay out of the chat page's script.
  void readCachedEffectivePolicy()
    .then((cached) => cached ?? request({ type: 'qg/getPolicy' }).then((reply) => reply.policy))
    .then(
      (first) => {
        if (!known) usePolicy(first);
      },
      (error) => {
        console.warn('[QunGuard] policy unavailable, using defaults', error);
        if (!known) usePolicy(defaultPolicy());
      },
    );
  teardown.push(watchCachedEffectivePolicy(usePolicy));

  void Promise.all([loadLocale(), policyKnown]).then(() => {
    if (!ctx.isInvalid) startSession(ctx, adapter, doc, { api: baseApi, handlers, outbox, loadTags, teardown });
  });
}

interface SessionWiring {
  api: Omit<FeatureApi, 'signal'>;
  handlers: Array<{ id: string; handlers: FeatureHandlers }>;
  outbox: Outbox<StoredEvent>;
  loadTags: (account: string) => void;
  teardown: Array<() => void>;
}

/** The DOM side: one watcher feeding the session (DOM -> events -> features) and the health monitor. */
function startSession(ctx: RuntimeContext, adapter: SiteAdapter, doc: Document, { api, handlers, outbox, loadTags, teardown }: SessionWiring): void {
  const root = doc.documentElement;
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
  const model = new ModelSession(dispatch, () => session.account);
  const session = new ChatSession(adapter, doc, (event) => {
    dispatch(event);
    if (event.type === 'account') model.accountKnown();
  });
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

  /** The page's anchors, plus the model: when it cannot be read, full records pause while the page itself is guarded. */
  const verdict = () => {
    const page = adapter.health(doc);
    if (adapter.model && model.state === 'unavailable' && page.state === 'active') return { ...page, checks: [...page.checks, { id: 'app-model', ok: false, selector: '' }] };
    return page;
  };

  const watcher = new DomWatcher(doc.documentElement, {
    schedule: (fn) => ctx.setTimeout(fn, 0),
    attributeFilter: adapter.observedAttributes,
    onError: (error, index) => console.error('[QunGuard] consumer failed', index, error),
  });
  watcher.add(session.handleMutations);
  watcher.add(() => health.update(verdict()));
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
      skippedItems: session.skipped.unreadable,
      modelState: adapter.model ? model.state : 'none',
    };
    return Promise.resolve({ ok: true, status });
  };
  browser.runtime.onMessage.addListener(onMessage);
  teardown.push(() => browser.runtime.onMessage.removeListener(onMessage));

  // The site's own model, when the adapter can read it: every message and member, on screen or not.
  if (adapter.model) {
    const modelAbort = new AbortController();
    teardown.push(() => modelAbort.abort());
    adapter.model.watch(doc, modelAbort.signal, (update) => {
      const before = model.state;
      model.handle(update);
      if (model.state !== before) health.update(verdict());
    });
  }
  health.update(verdict());
  session.scanAll();
  watcher.start();
}
