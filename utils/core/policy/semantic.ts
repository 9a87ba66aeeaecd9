/**
 * Checks the schema cannot express (cross-field rules, regex safety). One function per section; features add
 * theirs here.
 */
import type { ValidationIssue } from './json-schema';
import type { Policy } from './model';

export function semanticIssues(policy: Policy): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (policy.records.storeText && policy.records.maxTextChars === 0) {
    issues.push({ path: '$.records.maxTextChars', reason: '开启保存正文时，长度上限不能为 0' });
  }
  return issues;
}
