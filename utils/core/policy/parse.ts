/**
 * Turning text (an imported file, a managed policy string) into a validated Policy. Never throws; a bad input
 * yields issues with JSON paths and the caller keeps the active policy.
 */
import schemaJson from '../../../public/policy.schema.json';
import { validateAgainst, type SchemaNode, type ValidationIssue } from './json-schema';
import { deepMerge } from './merge';
import { defaultPolicy, type Policy } from './model';
import { semanticIssues } from './semantic';

export const POLICY_SCHEMA = schemaJson as unknown as SchemaNode;

export type PolicyParse = { ok: true; policy: Policy; raw: Record<string, unknown> } | { ok: false; issues: ValidationIssue[] };

/** Position -> "第 3 行第 14 列", from V8's "at position N" / "(line 3 column 14)" messages. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `JSON 语法错误：第 ${lineCol[1]} 行第 ${lineCol[2]} 列`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    return `JSON 语法错误：第 ${line} 行第 ${col} 列`;
  }
  return `JSON 语法错误：${message}`;
}

export function validatePolicyObject(raw: unknown): PolicyParse {
  const issues = validateAgainst(POLICY_SCHEMA, raw);
  if (issues.length) return { ok: false, issues };
  const record = raw as Record<string, unknown>;
  const policy = deepMerge(defaultPolicy(), record) as Policy;
  delete (policy as Partial<Record<'$schema', unknown>>).$schema;
  const semantic = semanticIssues(policy);
  if (semantic.length) return { ok: false, issues: semantic };
  return { ok: true, policy, raw: record };
}

export function parsePolicyText(text: string): PolicyParse {
  if (text.length > 5_000_000) return { ok: false, issues: [{ path: '$', reason: '文件过大（超过 5 MB），不像是策略文件' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [{ path: '$', reason: describeJsonError(text, error) }] };
  }
  return validatePolicyObject(raw);
}
