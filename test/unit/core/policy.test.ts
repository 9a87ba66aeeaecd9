import { readFileSync } from 'node:fs';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '@/utils/core/policy/json-schema';
import { deepMerge, isLocked, leafPaths } from '@/utils/core/policy/merge';
import { defaultPolicy } from '@/utils/core/policy/model';
import { parsePolicyText, POLICY_SCHEMA } from '@/utils/core/policy/parse';

describe('policy files', () => {
  it('accepts the default policy and fills missing sections with defaults', () => {
    expect(validateAgainst(POLICY_SCHEMA, defaultPolicy())).toEqual([]);
    const parsed = parsePolicyText('{"schemaVersion":1,"name":"华南销售群规"}');
    expect(parsed.ok && parsed.policy).toEqual({ ...defaultPolicy(), name: '华南销售群规' });
  });

  it('accepts a policy file with a BOM and a $schema line', () => {
    expect(parsePolicyText('\uFEFF{"$schema":"./policy.schema.json","schemaVersion":1}').ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,', '$', /JSON 语法错误：第 1 行/],
    ['JSON on the second line broken', '{\n  "schemaVersion": 1 x\n}', '$', /第 2 行/],
    ['a JSON array', '[]', '$', /应为对象/],
    ['no schemaVersion', '{}', '$.schemaVersion', /缺少必填项/],
    ['a future schemaVersion', '{"schemaVersion":2}', '$.schemaVersion', /来自更新版本的群规卫士（格式版本 2）/],
    ['a schemaVersion no build wrote', '{"schemaVersion":0}', '$.schemaVersion', /必须是 1/],
    ['an unknown top-level field', '{"schemaVersion":1,"nickame":{}}', '$.nickame', /未知字段/],
    ['a wrong type', '{"schemaVersion":1,"records":{"storeText":"yes"}}', '$.records.storeText', /应为布尔值/],
    ['a fractional day count', '{"schemaVersion":1,"records":{"retentionDays":1.5}}', '$.records.retentionDays', /应为整数/],
    ['a number out of range', '{"schemaVersion":1,"records":{"retentionDays":0}}', '$.records.retentionDays', /不能小于 1/],
    ['a name that is too long', `{"schemaVersion":1,"name":"${'群'.repeat(101)}"}`, '$.name', /长度最多 100/],
    ['an unknown template field', '{"schemaVersion":1,"nickname":{"template":"{部门}-{名字}"}}', '$.nickname.template', /未知字段 \{名字\}/],
    ['a template without the name', '{"schemaVersion":1,"nickname":{"template":"{部门}"}}', '$.nickname.template', /必须包含 \{姓名\}/],
    ['a custom pattern the linear matcher cannot run', '{"schemaVersion":1,"nickname":{"customPattern":"^(a)\\\\1$"}}', '$.nickname.customPattern', /^“自定义昵称规则”中的“\\1”不受支持/],
    ['a group pattern with lookahead', '{"schemaVersion":1,"groups":{"internal":["协作","/x(?=y)/"]}}', '$.groups.internal[1]', /^“内部群”第 2 条中的“\(\?=”不受支持/],
    ['an ignored-chat pattern that does not parse', '{"schemaVersion":1,"groups":{"ignored":["/(a+$/"]}}', '$.groups.ignored[0]', /^“不检查”第 1 条的写法无法识别/],
    ['a quiet-hours exempt pattern that expands too far', '{"schemaVersion":1,"quietHours":{"exemptGroups":["/((a{50}){50}){50}/"]}}', '$.quietHours.exemptGroups[0]', /重复次数太多/],
    ['a key named like an object built-in', '{"schemaVersion":1,"records":{"__proto__":{"storeText":true}}}', '$.records.__proto__', /不允许使用“__proto__”作为字段名/],
    ['a constructor key at the top', '{"schemaVersion":1,"constructor":{}}', '$.constructor', /不允许使用“constructor”/],
    ['a toString key in a roster entry', '{"schemaVersion":1,"nickname":{"roster":[{"name":"张三","departments":["销售部"],"toString":"x"}]}}', '$.nickname.roster[0].toString', /不允许使用/],
    ['a matching scope without a pattern', '{"schemaVersion":1,"nickname":{"scope":"matching"}}', '$.nickname.groupPattern', /必须填写/],
    ['an impossible exemption date', '{"schemaVersion":1,"nickname":{"exemptions":[{"name":"王总","reason":"总裁","expires":"2026-02-30"}]}}', '$.nickname.exemptions[0].expires', /没有 2026-02-30 这一天，请写成 2027-01-01/],
    ['an exemption without a reason', '{"schemaVersion":1,"nickname":{"exemptions":[{"name":"王总"}]}}', '$.nickname.exemptions[0].reason', /缺少必填项/],
    ['a roster row without departments', '{"schemaVersion":1,"nickname":{"roster":[{"name":"张三"}]}}', '$.nickname.roster[0].departments', /缺少必填项/],
    ['min name length above max', '{"schemaVersion":1,"nickname":{"name":{"minHan":5,"maxHan":4}}}', '$.nickname.name.minHan', /不能大于/],
    ['text kept with a zero cap', '{"schemaVersion":1,"records":{"storeText":true,"maxTextChars":0}}', '$.records.maxTextChars', /不能为 0/],
  ])('rejects %s with the JSON path and a reason', (_label, text, path, reason) => {
    const parsed = parsePolicyText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.path).toBe(path);
    expect(issueText(t, parsed.issues[0]!)).toMatch(reason);
  });

  it('reports every error of a file, not only the first', () => {
    const parsed = parsePolicyText('{"schemaVersion":1,"records":{"storeText":1,"retentionDays":-1},"x":1}');
    expect(parsed.ok === false && parsed.issues.map((i) => i.path).sort()).toEqual(['$.records.retentionDays', '$.records.storeText', '$.x']);
  });

  it('rejects a file over 5 MB without parsing it', () => {
    expect(parsePolicyText(' '.repeat(5_000_001)).ok).toBe(false);
  });

  it('publishes the same schema file that the validator uses', () => {
    const published = JSON.parse(readFileSync('public/policy.schema.json', 'utf8'));
    expect(published).toEqual(POLICY_SCHEMA);
  });
});

describe('managed policy merging', () => {
  it('lets managed fields win and lists them as locked', () => {
    const managed = { records: { storeText: true } };
    const merged = deepMerge(defaultPolicy(), managed);
    expect(merged.records).toEqual({ storeText: true, maxTextChars: 500, retentionDays: 180, scope: 'customer' });
    expect(leafPaths(managed)).toEqual(['records.storeText']);
  });

  it('treats arrays as single leaves that replace', () => {
    expect(deepMerge({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
    expect(leafPaths({ a: [1], b: { c: 1 } })).toEqual(['a', 'b.c']);
  });

  it('locks a field when it or a whole section above it is managed', () => {
    expect(isLocked('records.storeText', ['records.storeText'])).toBe(true);
    expect(isLocked('records.storeText', ['records'])).toBe(true);
    expect(isLocked('records.retentionDays', ['records.storeText'])).toBe(false);
  });
});

describe('keys named like object built-ins', () => {
  it('never replace the merged policy’s prototype or its fields', () => {
    const override = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"x":1},"name":"B"}');
    const merged = deepMerge({ name: 'A' }, override) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.polluted).toBeUndefined();
    expect(Object.hasOwn(merged, 'constructor')).toBe(false);
    expect(merged.name).toBe('B');
  });
});
