/** Editing helpers shared by the option sections: validate the whole policy, save only if valid. */
import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { isLocked } from '@/utils/core/policy/merge';
import type { Policy } from '@/utils/core/policy/model';
import { validatePolicyObject } from '@/utils/core/policy/parse';
import { issuesWithManaged, saveLocalPolicy, type PolicyState } from '@/utils/policy/store';
import { logPolicyChange } from '@/utils/store/policy-log';

/** Make a validated policy the local one and log what changed (a failed log entry never undoes the save). */
export async function saveValidPolicy(state: PolicyState, policy: Policy, source: 'options' | 'import'): Promise<void> {
  await saveLocalPolicy(policy);
  await logPolicyChange(state.local, policy, source).catch((error) => console.warn('[QunGuard] policy change not logged', error));
}

export async function savePolicyChange(state: PolicyState, change: (policy: Policy) => Policy): Promise<ValidationIssue[]> {
  const next = change(structuredClone(state.local));
  const checked = validatePolicyObject(next);
  if (!checked.ok) return checked.issues;
  const withManaged = await issuesWithManaged(checked.policy); // valid alone, but not under the locked fields
  if (withManaged.length) return withManaged;
  await saveValidPolicy(state, checked.policy, 'options');
  return [];
}

/**
 * One section's editor: `change(fn)` validates and saves the edited policy, keeps the issues of the last attempt
 * for the fields to show, and tells the page to reload after a save.
 */
export function usePolicyEditor(state: PolicyState, onChanged: () => void) {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  async function change(fn: (policy: Policy) => Policy): Promise<void> {
    const found = await savePolicyChange(state, fn);
    setIssues(found);
    if (!found.length) onChanged();
  }
  return { issues, change };
}

/** Issues whose path is at or below `path` ("$.nickname.template"). */
export function issuesAt(issues: ValidationIssue[], path: string): ValidationIssue[] {
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
