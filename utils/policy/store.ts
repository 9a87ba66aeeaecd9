/**
 * Where the active policy lives:
 * - `browser.storage.local` key `policy`: the admin's imported/edited policy, validated, defaults filled in.
 *   One written by an older build is read through the migrations (utils/core/policy/migrate.ts) and written
 *   back in the current format; one that does not validate is kept exactly as stored and not applied.
 * - `browser.storage.managed` key `policyJson`: an enterprise policy (JSON text) pushed by Chrome/Edge policy.
 *   Every field it sets wins over the local one and is locked in the options page.
 * - `browser.storage.local` key `policyEffective` (startup.ts): the last good effective policy. Whenever the
 *   local policy, the managed one or the two merged do not validate, that one stays in force — never silently
 *   the defaults — and the state says why, for the options page and popup to show.
 * Works in every extension context, content scripts included (they may read storage.local / storage.managed).
 */
import { browser } from 'wxt/browser';
import type { ValidationIssue } from '../core/policy/json-schema';
import { deepMerge, leafPaths } from '../core/policy/merge';
import { defaultPolicy, type Policy } from '../core/policy/model';
import { parsePolicyText, validatePolicyObject } from '../core/policy/parse';
import { readCachedEffectivePolicy, rememberEffectivePolicy } from './startup';

export const LOCAL_POLICY_KEY = 'policy';
export const MANAGED_POLICY_KEY = 'policyJson';

/**
 * Where the effective policy comes from: `current` = computed now (local + managed, valid); otherwise there is a
 * problem and it is `lastGood` (the cached last good effective policy), or with none cached yet `local` (the
 * local policy without the managed layer) or `defaults` (the stored local policy is unusable).
 */
export type EffectiveSource = 'current' | 'lastGood' | 'local' | 'defaults';

export interface PolicyState {
  effective: Policy;
  effectiveFrom: EffectiveSource;
  /**
   * The local policy, the base for the options page's edits. When the stored one is kept (not valid) this is the
   * policy in force instead, so an edit starts from what applies; the stored one stays in `localKept` until then.
   */
  local: Policy;
  /** Fields set by the managed policy (locked), as dotted paths. */
  locked: string[];
  managed: { present: boolean; issues: ValidationIssue[] };
  /** The stored local policy does not validate (even after migration): kept exactly as stored, not applied. */
  localKept: { issues: ValidationIssue[]; stored: unknown } | null;
  /** Local and managed policies are valid apart but not together (paths of the merged policy): not applied. */
  mergedIssues: ValidationIssue[];
  /** The stored local policy was written in this older format version and read through the migrations. */
  localMigratedFrom?: number;
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

type LocalRead = { policy: Policy; migratedFrom?: number; kept: null } | { policy: null; kept: { issues: ValidationIssue[]; stored: unknown } };

async function readLocal(): Promise<LocalRead> {
  const stored = (await browser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY];
  if (stored === undefined) return { policy: defaultPolicy(), kept: null };
  const parsed = validatePolicyObject(stored);
  if (!parsed.ok) return { policy: null, kept: { issues: parsed.issues, stored } };
  return parsed.migratedFrom === undefined ? { policy: parsed.policy, kept: null } : { policy: parsed.policy, migratedFrom: parsed.migratedFrom, kept: null };
}

/**
 * The local policy alone (defaults when none is stored), without waiting for managed storage: what the background
 * falls back on while managed storage is slow, and what an options-page change starts from. Null when the stored
 * policy does not validate.
 */
export async function readLocalPolicyOnly(): Promise<Policy | null> {
  return (await readLocal()).policy;
}

/** The managed document's fields, without what describes the document itself. */
function overridesOf(raw: Record<string, unknown>): Record<string, unknown> {
  const overrides = { ...raw };
  delete overrides.$schema;
  delete overrides.schemaVersion;
  return overrides;
}

export async function getPolicyState(): Promise<PolicyState> {
  const [local, managed, lastGood] = await Promise.all([readLocal(), readManagedRaw(), readCachedEffectivePolicy()]);
  const overrides = managed.raw ? overridesOf(managed.raw) : null;
  let computed: Policy | null = null;
  let mergedIssues: ValidationIssue[] = [];
  if (local.policy && !managed.issues.length) {
    // The merge is validated as a whole: each layer can be valid alone and the two together not (minHan 3 pushed
    // over a local maxHan 2; storeText pushed over a local maxTextChars 0).
    const merged = overrides ? validatePolicyObject(deepMerge(local.policy, overrides)) : null;
    if (!merged) computed = local.policy;
    else if (merged.ok) computed = merged.policy;
    else mergedIssues = merged.issues;
  }
  const [effective, effectiveFrom]: [Policy, EffectiveSource] = computed
    ? [computed, 'current']
    : lastGood
      ? [lastGood, 'lastGood']
      : local.policy
        ? [local.policy, 'local']
        : [defaultPolicy(), 'defaults'];
  return {
    effective,
    effectiveFrom,
    local: local.policy ?? effective,
    locked: overrides ? leafPaths(overrides) : [],
    managed: { present: managed.present, issues: managed.issues },
    localKept: local.kept,
    mergedIssues,
    ...(local.policy && local.migratedFrom !== undefined ? { localMigratedFrom: local.migratedFrom } : {}),
  };
}

/**
 * Problems a local policy would have once the managed layer is laid over it (none without a valid managed
 * policy): the options page refuses such an edit at the field instead of saving a policy that cannot apply.
 */
export async function issuesWithManaged(local: Policy): Promise<ValidationIssue[]> {
  const managed = await readManagedRaw();
  if (!managed.raw) return [];
  const merged = validatePolicyObject(deepMerge(local, overridesOf(managed.raw)));
  return merged.ok ? [] : merged.issues;
}

export async function getEffectivePolicy(): Promise<Policy> {
  return (await getPolicyState()).effective;
}

/**
 * Compute the state and keep storage in step with it: a migrated local policy is written back in the current
 * format, and a valid effective policy becomes the last good one (the `policyEffective` cache the chat page
 * starts from). Called by the background at start-up and on every change, and after every save.
 */
export async function refreshEffectivePolicy(): Promise<PolicyState> {
  const state = await getPolicyState();
  if (state.localMigratedFrom !== undefined) await browser.storage.local.set({ [LOCAL_POLICY_KEY]: state.local });
  if (state.effectiveFrom === 'current') await rememberEffectivePolicy(state.effective);
  return state;
}

/** Make a validated policy the local one (callers validate: a bad file changes nothing), then refresh. */
export async function saveLocalPolicy(policy: Policy): Promise<PolicyState> {
  await browser.storage.local.set({ [LOCAL_POLICY_KEY]: { ...policy, updatedAt: new Date().toISOString() } });
  return refreshEffectivePolicy();
}

/** Policy file for download: the local policy (what this admin controls), pretty-printed. */
export function policyToFile(policy: Policy): string {
  return `${JSON.stringify({ $schema: './policy.schema.json', ...policy }, null, 2)}\n`;
}

/** The kept (not applied) stored policy as a file, exactly as stored, so nothing is lost when it is replaced. */
export function keptPolicyToFile(stored: unknown): string {
  return `${JSON.stringify(stored, null, 2)}\n`;
}

/** Calls `onChange` whenever the local or managed policy changes. Returns the unsubscribe function. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && LOCAL_POLICY_KEY in changes) || (area === 'managed' && MANAGED_POLICY_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
