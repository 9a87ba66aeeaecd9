/**
 * Checks the schema cannot express (cross-field rules, regex safety, templates). One block per section.
 */
import { message } from '../message';
import { regexOfEntry, regexProblem } from '../safe-regex';
import { templateProblem } from '../nickname/template';
import type { ValidationIssue } from './json-schema';
import type { Policy } from './model';
import { isValidTimeZone } from '../time';

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A pattern problem names its setting (`field`, and `item` for a list line) so the UI can say where it is. */
function regexIssue(path: string, source: string, field: string, item?: number): ValidationIssue | null {
  const problem = regexProblem(source);
  return problem ? { path, code: problem.code, params: { ...problem.params, field, ...(item ? { item } : {}) } } : null;
}

/** A pattern list entry written as /…/ must be a regex the linear matcher runs. */
function patternIssues(field: string, patterns: string[], issues: ValidationIssue[]): void {
  patterns.forEach((pattern, i) => {
    const source = regexOfEntry(pattern);
    const issue = source === null ? null : regexIssue(`$.${field}[${i}]`, source, field, i + 1);
    if (issue) issues.push(issue);
  });
}

export function semanticIssues(policy: Policy): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (policy.records.storeText && policy.records.maxTextChars === 0) {
    issues.push({ path: '$.records.maxTextChars', ...message('maxTextZero') });
  }
  if (!isValidTimeZone(policy.timeZone)) issues.push({ path: '$.timeZone', ...message('timeZone', { zone: policy.timeZone }) });
  for (const key of ['internal', 'customer', 'external', 'ignored'] as const) patternIssues(`groups.${key}`, policy.groups[key], issues);

  const nick = policy.nickname;
  const template = templateProblem(nick.template);
  if (template) issues.push({ path: '$.nickname.template', ...template });
  const custom = nick.customPattern ? regexIssue('$.nickname.customPattern', nick.customPattern, 'nickname.customPattern') : null;
  if (custom) issues.push(custom);
  if (nick.scope === 'matching') {
    const source = regexOfEntry(nick.groupPattern);
    const scoped = source === null ? null : regexIssue('$.nickname.groupPattern', source, 'nickname.groupPattern');
    if (!nick.groupPattern) issues.push({ path: '$.nickname.groupPattern', ...message('groupPatternRequired') });
    else if (scoped) issues.push(scoped);
  }
  (nick.templateRules ?? []).forEach((rule, i) => {
    const problem = templateProblem(rule.template);
    if (problem) issues.push({ path: `$.nickname.templateRules[${i}].template`, ...problem });
    const source = rule.groupPattern ? regexOfEntry(rule.groupPattern) : null;
    const issue = source === null ? null : regexIssue(`$.nickname.templateRules[${i}].groupPattern`, source, 'nickname.groupPattern');
    if (issue) issues.push(issue);
  });
  if (nick.name.minHan > nick.name.maxHan) issues.push({ path: '$.nickname.name.minHan', ...message('minAboveMax') });
  nick.exemptions.forEach((e, i) => {
    if (e.expires && !isRealDate(e.expires)) issues.push({ path: `$.nickname.exemptions[${i}].expires`, ...message('badDate', { date: e.expires }) });
  });
  const qh = policy.quietHours;
  [...qh.holidays.map((d, i) => [`$.quietHours.holidays[${i}]`, d] as const), ...qh.workdays.map((d, i) => [`$.quietHours.workdays[${i}]`, d] as const), ...(qh.ignoredOfficialDays ?? []).map((d, i) => [`$.quietHours.ignoredOfficialDays[${i}]`, d] as const)].forEach(([path, d]) => {
    if (!isRealDate(d)) issues.push({ path, ...message('badDate', { date: d }) });
  });
  patternIssues('quietHours.exemptGroups', qh.exemptGroups, issues);
  return issues;
}
