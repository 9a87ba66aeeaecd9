import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '@/utils/core/policy/parse';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';

const firstIssue = (json: string) => {
  const parsed = parsePolicyText(json);
  if (parsed.ok) throw new Error('expected a bad policy');
  return parsed.issues[0]!;
};

describe('errors an admin reads say what to write instead, never a pattern', () => {
  it.each([
    ['a holiday written 2027/2/10', '{"schemaVersion":1,"quietHours":{"holidays":["2027/2/10"]}}', '请写成 2027-01-01 这样的日期（年-月-日）'],
    ['a quiet-hours start written 7.30', '{"schemaVersion":1,"quietHours":{"windows":[{"days":[1],"start":"7.30","end":"08:00"}]}}', '请写成 23:30 这样的时间（时:分）'],
  ])('%s', (_case, json, expected) => {
    const text = issueText(t, firstIssue(json));
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\\d|\^|\$/);
  });

  it('a number below the minimum names a good value when the field gives one', () => {
    const issue = firstIssue('{"schemaVersion":1,"customer":{"slaMinutes":-5}}');
    expect(issueText(t, issue, 30)).toBe('不能小于 1，请填写例如 30');
    expect(issueText(t, issue)).toBe('不能小于 1');
  });

  it('a broken JSON file does not show the browser’s parser message', () => {
    expect(issueText(t, { code: 'jsonSyntax', params: { detail: 'Unexpected token } in JSON at position 3' } })).not.toMatch(/Unexpected|position/);
  });
});
