/**
 * The last effective policy, cached in `storage.local` so a chat page can start guarding at once.
 *
 * `browser.storage.managed.get` can take seconds on a fresh profile when no managed policy exists, so the
 * content script must never await it before it can judge a send. Whoever computes a valid effective policy
 * (background at start-up and on every change, options page after a save) remembers it here; the content
 * script reads only this key (one storage.local read) and then refreshes from the full computation.
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../core/policy/model';

export const EFFECTIVE_POLICY_CACHE_KEY = 'policyEffective';

interface CachedPolicy {
  policy: Policy;
  savedAt: number;
}

/** Remember a validated effective policy (skips the write when nothing changed). */
export async function rememberEffectivePolicy(policy: Policy, now = Date.now()): Promise<void> {
  const current = (await browser.storage.local.get(EFFECTIVE_POLICY_CACHE_KEY))[EFFECTIVE_POLICY_CACHE_KEY] as CachedPolicy | undefined;
  if (current && JSON.stringify(current.policy) === JSON.stringify(policy)) return;
  await browser.storage.local.set({ [EFFECTIVE_POLICY_CACHE_KEY]: { policy, savedAt: now } satisfies CachedPolicy });
}

/**
 * Calls `onChange` with every effective policy remembered from now on (the background on a local or managed
 * change, the options page after a save). Returns the function that stops listening.
 */
export function watchCachedEffectivePolicy(onChange: (policy: Policy) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = area === 'local' ? (changes[EFFECTIVE_POLICY_CACHE_KEY]?.newValue as CachedPolicy | undefined) : undefined;
    if (next && typeof next === 'object' && next.policy && typeof next.policy === 'object') onChange(next.policy);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The cached effective policy, or null when none was remembered yet (first run). */
export async function readCachedEffectivePolicy(): Promise<Policy | null> {
  const cached = (await browser.storage.local.get(EFFECTIVE_POLICY_CACHE_KEY))[EFFECTIVE_POLICY_CACHE_KEY] as CachedPolicy | undefined;
  return cached && typeof cached === 'object' && cached.policy && typeof cached.policy === 'object' ? cached.policy : null;
}
