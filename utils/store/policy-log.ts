/** Records policy changes made in the options page (import, edits) in the log: which fields, and who was (un)exempted. */
import type { Policy } from '../core/policy/model';
import { canonical } from '../tamper/canonical';
import { appendLog } from './chain';
import { getDb } from './db';

/** Dotted paths (two levels deep) whose values differ; key order does not count as a change. */
function changedPaths(before: unknown, after: unknown, prefix = '', depth = 0): string[] {
  if (canonical(before) === canonical(after)) return [];
  const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (depth >= 2 || !isObj(before) || !isObj(after)) return [prefix || '$'];
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys].flatMap((k) =>
    k === 'updatedAt' ? [] : changedPaths((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k, depth + 1),
  );
}

export function describePolicyChange(before: Policy, after: Policy): Record<string, unknown> {
  const names = (p: Policy) => p.nickname.exemptions.map((e) => `${e.name}${e.expires ? `（至 ${e.expires}）` : ''}：${e.reason}`);
  const was = new Set(names(before));
  const now = new Set(names(after));
  const data: Record<string, unknown> = { changed: changedPaths(before, after), policyName: after.name };
  const added = [...now].filter((n) => !was.has(n));
  const removed = [...was].filter((n) => !now.has(n));
  if (added.length || removed.length) data.exemptions = { added, removed };
  return data;
}

export async function logPolicyChange(before: Policy, after: Policy, source: 'options' | 'import'): Promise<void> {
  const data = describePolicyChange(before, after);
  if (!(data.changed as string[]).length) return;
  await appendLog(getDb(), [{ eventId: crypto.randomUUID(), kind: 'policy', at: Date.now(), data: { ...data, source } }]);
}
