import { describe, expect, it } from 'vitest';
import { checkOne } from '@/utils/core/nickname/check';
import { defaultNicknamePolicy, TEMPLATE_PRESETS, type NicknamePolicy, type RosterEntry } from '@/utils/core/nickname/model';
import { t, setLocale } from '@/utils/i18n';
import { explain } from '@/utils/i18n/messages/nickname-reasons';
import { regexProblem } from '@/utils/core/safe-regex';
import { issueText } from '@/utils/i18n/messages/issues';

const TODAY = '2026-11-23';
const ctx = { chatClass: 'unknown' as const, today: TODAY };
const policy = (patch: Partial<NicknamePolicy> = {}): NicknamePolicy => ({ ...defaultNicknamePolicy(), ...patch });
const DEPTS = ['销售部', '市场部', '财务部', '人事部', '技术部'];

type Row = [input: string, verdict: string, suggestion: string | undefined, reasons: string[]];

describe('nickname rule {部门}-{姓名} without a department list', () => {
  const rows: Row[] = [
    ['销售部-张三', 'ok', undefined, []],
    ['市场部-欧阳娜娜', 'ok', undefined, []],
    ['技术部-阿卜杜·热合曼', 'ok', undefined, []],
    ['销售部－张三', 'bad', '销售部-张三', ['separator']],
    ['销售部—张三', 'bad', '销售部-张三', ['separator']],
    ['销售部–张三', 'bad', '销售部-张三', ['separator']],
    ['销售部‐张三', 'bad', '销售部-张三', ['separator']],
    ['销售部―张三', 'bad', '销售部-张三', ['separator']],
    ['销售部～张三', 'bad', '销售部-张三', ['separator']],
    ['销售部_张三', 'bad', '销售部-张三', ['separator']],
    ['销售部·张三', 'bad', '销售部-张三', ['separator']],
    ['销售部.张三', 'bad', '销售部-张三', ['separator']],
    ['销售部、张三', 'bad', '销售部-张三', ['separator']],
    ['销售部一张三', 'bad', '销售部-张三', ['separator']],
    ['销售部 - 张三', 'bad', '销售部-张三', ['separator']],
    ['市场部 王五', 'bad', '市场部-王五', ['separator']],
    ['市场部\u3000王五', 'bad', '市场部-王五', ['separator', 'spaces']],
    ['  销售部-张三  ', 'bad', '销售部-张三', ['spaces']],
    ['销售部--张三', 'bad', '销售部-张三', ['separator']],
    ['销售部张三', 'bad', '销售部-张三', ['missing-separator']],
    ['张三-销售部', 'bad', '销售部-张三', ['reversed']],
    ['张三(销售部)', 'bad', '销售部-张三', ['bracketed']],
    ['张三（销售部）', 'bad', '销售部-张三', ['bracketed']],
    ['张三【销售部】', 'bad', '销售部-张三', ['bracketed']],
    ['【销售部】张三', 'bad', '销售部-张三', ['bracketed']],
    ['銷售部-張三', 'bad', '销售部-张三', ['traditional']],
    ['財務部-陳小明', 'bad', '财务部-陈小明', ['traditional']],
    ['销售部-张三😀', 'bad', '销售部-张三', ['decoration']],
    ['★销售部-张三★', 'bad', '销售部-张三', ['decoration']],
    ['销售部-张三2', 'bad', '销售部-张三', ['trailing-digits']],
    ['销售部-张三123', 'bad', '销售部-张三', ['trailing-digits']],
    ['銷售部 張三🌸', 'bad', '销售部-张三', ['decoration', 'traditional', 'separator']],
    ['李四', 'bad', undefined, ['missing-department']],
    ['🌸🌸🌸', 'bad', undefined, ['decoration', 'empty']],
    ['', 'bad', undefined, ['empty']],
    ['销售部-Tom', 'bad', undefined, ['bad-name']],
    ['销售部-张', 'bad', undefined, ['bad-name']],
    ['销售部-张三李四王五', 'bad', undefined, ['bad-name']],
    ['销售部-张三-经理', 'bad', undefined, ['separator']],
    ['ＡＢ部-张三', 'bad', 'AB部-张三', ['fullwidth']],
  ];
  it.each(rows)('%s → %s', (input, verdict, suggestion, reasons) => {
    const result = checkOne(input, policy(), ctx);
    expect(result.verdict).toBe(verdict);
    if (result.verdict === 'bad') {
      expect(result.suggestion).toBe(suggestion);
      expect([...result.reasons].sort()).toEqual([...reasons].sort());
    }
  });
});

describe('nickname rule with a department list', () => {
  const withDepts = policy({ departments: DEPTS });
  const rows: Row[] = [
    ['销售部-张三', 'ok', undefined, []],
    ['销售-张三', 'bad', undefined, ['unknown-department']],
    ['后勤部-张三', 'bad', undefined, ['unknown-department']],
    ['人事部张三', 'bad', '人事部-张三', ['missing-separator']],
    ['技术部一王一鸣', 'bad', '技术部-王一鸣', ['separator']],
    ['王一鸣-技术部', 'bad', '技术部-王一鸣', ['reversed']],
  ];
  it.each(rows)('%s → %s', (input, verdict, suggestion, reasons) => {
    const result = checkOne(input, withDepts, ctx);
    expect(result.verdict).toBe(verdict);
    if (result.verdict === 'bad') {
      expect(result.suggestion).toBe(suggestion);
      expect([...result.reasons].sort()).toEqual([...reasons].sort());
    }
  });

  it('does not mistake the 一 inside a name for a dash', () => {
    expect(checkOne('技术部-王一鸣', withDepts, ctx).verdict).toBe('ok');
  });
});

describe('other templates', () => {
  it('checks {地区}-{姓名} against the region list', () => {
    const p = policy({ template: TEMPLATE_PRESETS['region-name'], regions: ['南宁', '柳州'] });
    expect(checkOne('南宁-杜艳霞', p, ctx).verdict).toBe('ok');
    expect(checkOne('桂林-杜艳霞', p, ctx)).toMatchObject({ verdict: 'bad', reasons: ['unknown-region'] });
    expect(checkOne('南宁 杜艳霞', p, ctx)).toMatchObject({ verdict: 'bad', suggestion: '南宁-杜艳霞' });
  });

  it('checks {公司}{部门}{职位}{姓名} with lists', () => {
    const p = policy({ template: TEMPLATE_PRESETS['company-dept-title-name'], companies: ['华南公司'], departments: DEPTS, titles: ['经理', '主管'] });
    expect(checkOne('华南公司销售部经理张三', p, ctx).verdict).toBe('ok');
    expect(checkOne('华南公司销售部张三', p, ctx)).toMatchObject({ verdict: 'bad', reasons: ['missing-title'] });
    expect(checkOne('华南公司-销售部-经理-张三', p, ctx)).toMatchObject({ verdict: 'bad', suggestion: '华南公司销售部经理张三' });
  });

  it('checks {公司}{部门}{职位}{姓名} by word shape without lists', () => {
    const p = policy({ template: TEMPLATE_PRESETS['company-dept-title-name'] });
    expect(checkOne('华南公司销售部经理张三', p, ctx).verdict).toBe('ok');
  });

  it('uses a custom pattern instead of the template', () => {
    const p = policy({ customPattern: '^[A-Z]{2}\\d{3}-\\p{Script=Han}{2,4}$' });
    expect(checkOne('SH001-张三', p, ctx).verdict).toBe('ok');
    expect(checkOne('张三', p, ctx)).toMatchObject({ verdict: 'bad', reasons: ['pattern'] });
    expect(checkOne('SH01-张三', p, ctx)).toMatchObject({ verdict: 'bad', reasons: ['pattern'] });
  });
});

describe('exemptions', () => {
  const p = policy({
    exemptions: [
      { name: '王总', reason: '总裁' },
      { name: 'Lee', reason: '外籍顾问', expires: '2026-12-31' },
      { name: '小赵', reason: '实习期', expires: '2026-10-31' },
    ],
  });
  it('exempts an executive who uses the bare name', () => {
    expect(checkOne('王总', p, ctx)).toEqual({ verdict: 'exempt', name: '王总', reason: '总裁' });
  });
  it('exempts until the expiry day, inclusive', () => {
    expect(checkOne('Lee', p, ctx).verdict).toBe('exempt');
    expect(checkOne('Lee', p, { ...ctx, today: '2026-12-31' }).verdict).toBe('exempt');
    expect(checkOne('Lee', p, { ...ctx, today: '2027-01-01' }).verdict).toBe('bad');
  });
  it('no longer exempts after an expiry day that has passed', () => {
    expect(checkOne('小赵', p, ctx).verdict).toBe('bad');
  });
});

describe('roster matching', () => {
  const roster: RosterEntry[] = [
    { name: '张三', departments: ['销售部'] },
    { name: '王五', departments: ['市场部', '销售部'] },
    { name: '陈经理', departments: ['销售部'], exempt: true },
    { name: '欧阳娜娜', departments: ['人事部'] },
  ];
  const p = policy({ roster, departments: DEPTS });
  it('accepts the exact expected nickname', () => {
    expect(checkOne('销售部-张三', p, ctx).verdict).toBe('ok');
  });
  it('accepts any of a person’s departments', () => {
    expect(checkOne('销售部-王五', p, ctx).verdict).toBe('ok');
    expect(checkOne('市场部-王五', p, ctx).verdict).toBe('ok');
  });
  it('suggests the roster nickname when the department part is short', () => {
    expect(checkOne('销售-张三', p, ctx)).toMatchObject({ verdict: 'bad', suggestion: '销售部-张三', confidence: 'certain' });
  });
  it('suggests the roster nickname when the department is wrong', () => {
    expect(checkOne('财务部-张三', p, ctx)).toMatchObject({ verdict: 'bad', suggestion: '销售部-张三', reasons: ['roster-mismatch'] });
  });
  it('suggests the closest roster person, with a question mark, for a typo in the name', () => {
    const result = checkOne('销售部-张山', p, ctx);
    expect(result).toMatchObject({ verdict: 'bad', suggestion: '销售部-张三', confidence: 'likely', reasons: ['roster-typo'] });
    expect(explain(t, result)).toMatch(/建议改为：销售部-张三？$/);
  });
  it('lets a roster executive use the bare name', () => {
    expect(checkOne('陈经理', p, ctx)).toMatchObject({ verdict: 'exempt' });
  });
  it('flags someone who matches nobody as an outsider in an internal group', () => {
    expect(checkOne('李阿姨', p, { ...ctx, chatClass: 'internal' }).verdict).toBe('outsider');
    expect(checkOne('家属-小明妈妈', p, { ...ctx, chatClass: 'internal' }).verdict).toBe('outsider');
  });
  it('does not call anyone an outsider in groups that are not internal', () => {
    expect(checkOne('李阿姨', p, { ...ctx, chatClass: 'customer' }).verdict).toBe('bad');
  });
  it('still normalises before matching the roster', () => {
    expect(checkOne('銷售部 張三', p, ctx)).toMatchObject({ verdict: 'bad', suggestion: '销售部-张三' });
  });
});

describe('admin regexes cannot hang the page', () => {
  it.each([
    ['(a)\\1', /“\\1”不受支持/],
    ['(?<=x)y', /“\(\?<=”不受支持/],
    ['x(?!y)', /“\(\?!”不受支持/],
    ['[', /写法无法识别/],
    ['a'.repeat(201), /太长/],
    ['((a{50}){50}){50}', /重复次数太多/],
  ])('rejects %s, saying what to write instead in plain words (no regex jargon, no browser message)', (source, reason) => {
    const text = issueText(t, regexProblem(source)!);
    expect(text).toMatch(reason);
    expect(text).not.toMatch(/嵌套量词|反向引用|后行断言|Invalid|regular expression/i);
  });
  it.each(['^\\p{Script=Han}{2,4}$', '^(销售|市场)部-\\p{Script=Han}{2,4}$', '^[A-Z]{2}\\d{3}-.+$', '(ab)?c+', '^(a+)+$', '(x*)*', '(\\p{Script=Han}{2,})+'])('accepts %s', (source) => {
    expect(regexProblem(source)).toBeNull();
  });
  it('runs a pattern that hangs a backtracking engine in linear time, with the same answer', () => {
    expect(checkOne('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', policy({ customPattern: '^(a+)+$' }), ctx).verdict).toBe('bad');
  });
});

describe('verdict explanations', () => {
  it('explain a bad nickname in plain Chinese with the fix, or in English when chosen', () => {
    const verdict = checkOne('销售部张三', policy(), ctx);
    expect(explain(t, verdict)).toBe('部门和姓名之间缺少“-”。建议改为：销售部-张三');
    setLocale('en');
    expect(explain(t, verdict)).toBe('Missing “-” between department and name. Suggested: 销售部-张三');
    setLocale('zh-CN');
  });
  it('words a roster exemption in the UI language, not in the core', () => {
    const roster = policy({ roster: [{ name: '陈经理', departments: ['销售部'], exempt: true }] });
    const verdict = checkOne('陈经理', roster, ctx);
    expect(verdict).toMatchObject({ verdict: 'exempt', reason: 'roster' });
    expect(explain(t, verdict)).toBe('豁免：花名册：可用本名');
  });
});
