/**
 * Where the active policy lives:
 * - `browser.storage.local` key `policy`: the admin's imported/edited policy, validated, defaults filled in.
 * - `browser.storage.managed` key `policyJson`: an enterprise policy (JSON text) pushed by Chrome/Edge policy.
 *   Every field it sets wins over the local one and is locked in the options page.
 * Works in every extension context, content scripts included (they may read storage.local / storage.managed).
 */
import { browser } from 'wxt/browser';
import type { ValidationIssue } from '../core/policy/json-schema';
import { deepMerge, leafPaths } from '../core/policy/merge';
import { defaultPolicy, type Policy } from '../core/policy/model';
import { parsePolicyText, validatePolicyObject } from '../core/policy/parse';

export const LOCAL_POLICY_KEY = 'policy';
export const MANAGED_POLICY_KEY = 'policyJson';

export interface PolicyState {
  effective: Policy;
  local: Policy;
  /** Fields set by the managed policy (locked), as dotted paths. */
  locked: string[];
  managed: { present: boolean; issues: ValidationIssue[] };
}

async function readManagedRaw(): Promise<{ raw: Record<string, unknown> | null; issues: ValidationIssue[]; present: boolean }> {
  let text: unknown;
  try {
    text = (await browser.storage.managed.get(MANAGED_POLICY_KEY))[MANAGED_POLICY_KEY];
  } catch {
    return { raw: null, issues: [], present: false }; // no managed storage (e.g. Firefox without a policy file)
  }
  if (text === undefined || text === null || text === '') return { raw: null, issues: [], present: false };
  const parsed = typeof text === 'string' ? parsePolicyText(text) : validatePolicyObject(text);
  return parsed.ok ? { raw: parsed.raw, issues: [], present: true } : { raw: null, issues: parsed.issues, present: true };
}

async function readLocal(): Promise<Policy> {
  const stored = (await browser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY];
  if (stored === undefined) return defaultPolicy();
  const parsed = validatePolicyObject(stored);
  // A stored policy that no longer validates (older build wrote it) falls back to defaults, never crashes the page.
  return parsed.ok ? parsed.policy : defaultPolicy();
}

export async function getPolicyState(): Promise<PolicyState> {
  const [local, managed] = await Promise.all([readLocal(), readManagedRaw()]);
  const overrides = managed.raw ? { ...managed.raw } : null;
  if (overrides) {
    delete overrides.$schema;
    delete overrides.schemaVersion;
  }
  return {
    local,
    effective: overrides ? deepMerge(local, overrides) : local,
    locked: overrides ? leafPaths(overrides) : [],
    managed: { present: managed.present, issues: managed.issues },
  };
}

export async function getEffectivePolicy(): Promise<Policy> {
  return (await getPolicyState()).effective;
}

/** Validate and, only if valid, make it the active local policy. A bad file changes nothing. */
export async function saveLocalPolicy(policy: Policy): Promise<void> {
  await browser.storage.local.set({ [LOCAL_POLICY_KEY]: { ...policy, updatedAt: new Date().toISOString() } });
}

/** Policy file for download: the local policy (what this admin controls), pretty-printed. */
export function policyToFile(policy: Policy): string {
  return `${JSON.stringify({ $schema: './policy.schema.json', ...policy }, null, 2)}\n`;
}

/** Calls `onChange` whenever the local or managed policy changes. Returns the unsubscribe function. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && LOCAL_POLICY_KEY in changes) || (area === 'managed' && MANAGED_POLICY_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
