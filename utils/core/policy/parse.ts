/**
 * Turning text (an imported file, a managed policy string) into a validated Policy. Never throws; a bad input
 * yields issues with JSON paths and the caller keeps the active policy.
 */
import { message, type CoreMessage } from '../message';
import schemaJson from '../../../public/policy.schema.json';
import { validateAgainst, type SchemaNode, type ValidationIssue } from './json-schema';
import { deepMerge } from './merge';
import { migratePolicyDocument } from './migrate';
import { defaultPolicy, type Policy } from './model';
import { semanticIssues } from './semantic';

export const POLICY_SCHEMA = schemaJson as unknown as SchemaNode;

/** `raw`: the document as given, migrated to this build's format (what a managed layer lays over the local policy). */
export type PolicyParse = { ok: true; policy: Policy; raw: Record<string, unknown>; migratedFrom?: number } | { ok: false; issues: ValidationIssue[] };

/** Line and column of a JSON syntax error, from V8's "at position N" / "(line 3 column 14)" messages. */
function describeJsonError(text: string, error: unknown): CoreMessage {
  const detail = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(detail);
  if (lineCol) return message('jsonSyntaxAt', { line: Number(lineCol[1]), column: Number(lineCol[2]) });
  const pos = /position (\d+)/.exec(detail);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    return message('jsonSyntaxAt', { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });
  }
  return message('jsonSyntax', { detail });
}

export function validatePolicyObject(input: unknown): PolicyParse {
  const migrated = migratePolicyDocument(input);
  if (!migrated.ok) return { ok: false, issues: [{ path: '$.schemaVersion', ...message('newerVersion', { version: migrated.newer }) }] };
  const raw = migrated.doc;
  const issues = validateAgainst(POLICY_SCHEMA, raw);
  if (issues.length) return { ok: false, issues };
  const record = raw as Record<string, unknown>;
  const policy = deepMerge(defaultPolicy(), record) as Policy;
  delete (policy as Partial<Record<'$schema', unknown>>).$schema;
  const semantic = semanticIssues(policy);
  if (semantic.length) return { ok: false, issues: semantic };
  return { ok: true, policy, raw: record, ...(migrated.from !== null ? { migratedFrom: migrated.from } : {}) };
}

/**
 * Longest policy text accepted, in characters (64 Mi). The schema allows 200,000 terms of up to 64 characters
 * with 32-character categories: written out with 2-space indentation that is about 221 characters a term,
 * 44 million in all, plus 20,000 allowed phrases (1.5 million); this leaves room for the other sections.
 */
export const POLICY_TEXT_MAX_CHARS = 64 * 1024 * 1024;

export function parsePolicyText(text: string): PolicyParse {
  if (text.length > POLICY_TEXT_MAX_CHARS) return { ok: false, issues: [{ path: '$', ...message('fileTooLargeMb', { mb: 64 }) }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [{ path: '$', ...describeJsonError(text, error) }] };
  }
  return validatePolicyObject(raw);
}
