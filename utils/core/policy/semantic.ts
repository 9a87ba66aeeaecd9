/**
 * Checks the schema cannot express (cross-field rules, regex safety, templates). One block per section.
 */
import { message } from '../message';
import { regexProblem } from '../safe-regex';
import { templateProblem } from '../nickname/template';
import type { ValidationIssue } from './json-schema';
import type { Policy } from './model';
import { isValidTimeZone } from '../time';

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A pattern list entry written as /…/ must be a safe regex. */
function patternIssues(path: string, patterns: string[], issues: ValidationIssue[]): void {
  patterns.forEach((pattern, i) => {
    if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
      const problem = regexProblem(pattern.slice(1, -1));
      if (problem) issues.push({ path: `${path}[${i}]`, ...problem });
    }
  });
}

export function semanticIssues(policy: Policy): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (policy.records.storeText && policy.records.maxTextChars === 0) {
    issues.push({ path: '$.records.maxTextChars', ...message('maxTextZero') });
  }
  if (!isValidTimeZone(policy.timeZone)) issues.push({ path: '$.timeZone', ...message('timeZone', { zone: policy.timeZone }) });
  for (const key of ['internal', 'customer', 'external', 'ignored'] as const) patternIssues(`$.groups.${key}`, policy.groups[key], issues);

  const nick = policy.nickname;
  const template = templateProblem(nick.template);
  if (template) issues.push({ path: '$.nickname.template', ...template });
  if (nick.customPattern) {
    const problem = regexProblem(nick.customPattern);
    if (problem) issues.push({ path: '$.nickname.customPattern', ...problem });
  }
  if (nick.scope === 'matching') {
    if (!nick.groupPattern) issues.push({ path: '$.nickname.groupPattern', ...message('groupPatternRequired') });
    else if (nick.groupPattern.length > 2 && nick.groupPattern.startsWith('/') && nick.groupPattern.endsWith('/')) {
      const problem = regexProblem(nick.groupPattern.slice(1, -1));
      if (problem) issues.push({ path: '$.nickname.groupPattern', ...problem });
    }
  }
  if (nick.name.minHan > nick.name.maxHan) issues.push({ path: '$.nickname.name.minHan', ...message('minAboveMax') });
  nick.exemptions.forEach((e, i) => {
    if (e.expires && !isRealDate(e.expires)) issues.push({ path: `$.nickname.exemptions[${i}].expires`, ...message('badDate', { date: e.expires }) });
  });
  const qh = policy.quietHours;
  [...qh.holidays.map((d, i) => [`$.quietHours.holidays[${i}]`, d] as const), ...qh.workdays.map((d, i) => [`$.quietHours.workdays[${i}]`, d] as const)].forEach(([path, d]) => {
    if (!isRealDate(d)) issues.push({ path, ...message('badDate', { date: d }) });
  });
  patternIssues('$.quietHours.exemptGroups', qh.exemptGroups, issues);
  return issues;
}
