/** Editing helpers shared by the option sections: validate the whole policy, save only if valid. */
import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { isLocked } from '@/utils/core/policy/merge';
import type { Policy } from '@/utils/core/policy/model';
import { validatePolicyObject } from '@/utils/core/policy/parse';
import { issuesWithManaged, readLocalPolicyOnly, saveLocalPolicy, type PolicyState } from '@/utils/policy/store';
import { logPolicyChange } from '@/utils/store/policy-log';

/** Make a validated policy the local one and log what changed (a failed log entry never undoes the save). */
export async function saveValidPolicy(state: PolicyState, policy: Policy, source: 'options' | 'import'): Promise<void> {
  await saveLocalPolicy(policy);
  await logPolicyChange(state.local, policy, source).catch((error) => console.warn('[QunGuard] policy change not logged', error));
}

/** Saves in the order they were made: each one starts from what the one before it saved. */
let saving: Promise<unknown> = Promise.resolve();

/**
 * Apply `change` to the policy as saved now (not the copy the page loaded: two changes made in quick succession,
 * in one section or two, both stay) and save it if valid. Returns the issues, and the policy as attempted.
 */
export function savePolicyChangeAttempt(state: PolicyState, change: (policy: Policy) => Policy): Promise<{ issues: ValidationIssue[]; attempted: Policy }> {
  const run = saving.then(async () => {
    const fresh: PolicyState = { ...state, local: (await readLocalPolicyOnly()) ?? state.local };
    const attempted = change(structuredClone(fresh.local));
    const checked = validatePolicyObject(attempted);
    if (!checked.ok) return { issues: checked.issues, attempted };
    const withManaged = await issuesWithManaged(checked.policy); // valid alone, but not under the locked fields
    if (withManaged.length) return { issues: withManaged, attempted };
    await saveValidPolicy(fresh, checked.policy, 'options');
    return { issues: [], attempted };
  });
  saving = run.catch(() => undefined);
  return run;
}

export async function savePolicyChange(state: PolicyState, change: (policy: Policy) => Policy): Promise<ValidationIssue[]> {
  return (await savePolicyChangeAttempt(state, change)).issues;
}

/** What the last change in any section came to, for the page's 已保存 notice. */
export type SaveResult = 'saved' | 'error';
const saveListeners = new Set<(result: SaveResult) => void>();

export function onSaveResult(listener: (result: SaveResult) => void): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}

export function announceSave(result: SaveResult): void {
  for (const listener of saveListeners) listener(result);
}

/** An issue with the text the admin typed for it (`value`), when its path names one entry of a list. */
export type FieldIssue = ValidationIssue & { value?: string };

/** The value at a JSON path (`$.quietHours.holidays[1]`) of a policy, when it is text or a number. */
export function valueAt(policy: unknown, path: string): string | undefined {
  let at: unknown = policy;
  for (const [, key, index] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key ?? Number(index)];
  }
  return typeof at === 'string' || typeof at === 'number' ? String(at) : undefined;
}

/**
 * One section's editor: `change(fn)` validates and saves the edited policy, keeps the issues of the last attempt
 * (with the typed value of list entries) for the fields to show, announces 已保存 or the error, and tells the page
 * to reload after a save.
 */
export function usePolicyEditor(state: PolicyState, onChanged: () => void) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  /** Resolves true when the change was saved. */
  async function change(fn: (policy: Policy) => Policy): Promise<boolean> {
    const { issues: found, attempted } = await savePolicyChangeAttempt(state, fn);
    setIssues(found.map((issue) => (/\[\d+\]$/.test(issue.path) ? { ...issue, value: valueAt(attempted, issue.path) } : issue)));
    announceSave(found.length ? 'error' : 'saved');
    if (!found.length) onChanged();
    return !found.length;
  }
  return { issues, change };
}

/** Issues whose path is at or below `path` ("$.nickname.template"). */
export function issuesAt<T extends ValidationIssue>(issues: T[], path: string): T[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));
}

export function lockedAt(state: PolicyState, dotted: string): boolean {
  return isLocked(dotted, state.locked);
}

/** One entry per line, trimmed, empty lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
