import { describe, expect, it } from 'vitest';
import { checkMember, checkNickname, checkOwnNickname, compileNicknameRules, rulesForGroup } from '@/utils/core/nickname/check';
import { defaultNicknamePolicy, TEMPLATE_PRESETS, type NicknamePolicy, type RosterEntry } from '@/utils/core/nickname/model';
import { renameItems } from '@/utils/core/nickname/reminder';
import { nicknameScope } from '@/utils/core/nickname/scope';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import { explain, reasonsText } from '@/utils/i18n/messages/nickname-reasons';
import { renameReminderText } from '@/utils/i18n/messages/rules-reasons';

const today = '2026-12-02';
const ROSTER: RosterEntry[] = [
  { name: '张三', departments: ['销售部'], region: '南宁', company: '华南公司', title: '经理' },
  { name: '李四', departments: ['市场部'] },
  { name: '王建国', departments: ['总经办'], title: '总经理' },
  { name: '陈静', departments: ['财务部'], exempt: true },
];
const nick = (over: Partial<NicknamePolicy> = {}): NicknamePolicy => ({ ...defaultNicknamePolicy(), ...over });
const policyWith = (n: NicknamePolicy): Policy => ({ ...defaultPolicy(), groups: { internal: ['内部', '销售部'], customer: ['客户'], external: ['外部'], ignored: ['文件传输助手'] }, nickname: n });

describe('nickname scope defaults to our own people', () => {
  it.each([
    ['销售部协作群', false, true],
    ['项目讨论群', false, true],
    ['客户-华东贸易对接群', false, false],
    ['客户-华东贸易对接群', true, true],
    ['外部-展会合作群', false, false],
    ['文件传输助手', true, false],
  ])('%s (roster: %s) → checked: %s', (name, withRoster, applies) => {
    const p = policyWith(nick(withRoster ? { roster: ROSTER } : {}));
    expect(nicknameScope({ name, kind: 'group' }, p).applies).toBe(applies);
  });

  it('in a customer group checks staff on the roster and never customers', () => {
    const c = compileNicknameRules(nick({ roster: ROSTER }));
    const ctx = { chatClass: 'customer' as const, today };
    expect(checkMember('刘总', c, ctx)).toBeNull();
    expect(checkMember('华东贸易-赵六', c, ctx)).toBeNull();
    expect(checkMember('张三', c, ctx)).toMatchObject({ verdict: 'bad', reasons: ['missing-department'], suggestion: '销售部-张三' });
    expect(checkMember('销售部-张三', c, ctx)).toEqual({ verdict: 'ok', name: '销售部-张三' });
    expect(checkMember('销售部-张山', c, ctx)).toMatchObject({ verdict: 'bad', reasons: ['roster-typo'] });
  });

  it('in a customer group without a roster checks nobody', () => {
    expect(checkMember('刘总', compileNicknameRules(nick()), { chatClass: 'customer', today })).toBeNull();
  });

  it('in internal groups checks everyone, as before', () => {
    const c = compileNicknameRules(nick({ roster: ROSTER }));
    expect(checkMember('刘总', c, { chatClass: 'internal', today })).toMatchObject({ verdict: 'outsider' });
  });

  it('with scope all checks customers too', () => {
    expect(checkMember('刘总', compileNicknameRules(nick({ scope: 'all' })), { chatClass: 'customer', today })).toMatchObject({ verdict: 'bad' });
  });
});

describe('executives are exempt through the roster', () => {
  const c = compileNicknameRules(nick({ roster: ROSTER }));
  it.each([
    ['王建国', 'exempt'],
    ['王总', 'exempt'],
    ['总经办-王建国', 'ok'],
    ['陈静', 'exempt'],
    ['李总', 'outsider'], // 李四 is on the roster but not an executive
  ])('%s in an internal group → %s', (name, verdict) => {
    expect(checkNickname(name, c, { chatClass: 'internal', today }).verdict).toBe(verdict);
  });

  it('is shown as an executive', () => {
    const v = checkNickname('王总', c, { chatClass: 'customer', today });
    expect(v).toEqual({ verdict: 'exempt', name: '王总', reason: 'executive' });
    expect(explain(t, v)).toBe('豁免：花名册：高管，可用本名或“姓+总”');
    expect(checkMember('王总', c, { chatClass: 'customer', today })).toMatchObject({ verdict: 'exempt' });
  });

  it('follows the admin’s list of executive titles', () => {
    const c2 = compileNicknameRules(nick({ roster: ROSTER, executiveTitles: [] }));
    expect(checkNickname('王建国', c2, { chatClass: 'internal', today }).verdict).toBe('bad');
  });
});

describe('templates per chat class or group pattern, and reasons naming the missing part', () => {
  const rules = nick({
    departments: ['销售部', '市场部'],
    templateRules: [
      { groupPattern: '协会', template: TEMPLATE_PRESETS['company-dept-title-name'] },
      { groupPattern: '/^(南宁|柳州)/', template: TEMPLATE_PRESETS['region-name'] },
      { classes: ['customer'], template: '{部门}-{姓名}' },
    ],
    companies: ['华南公司'],
    titles: ['经理', '主管'],
    regions: ['南宁', '柳州'],
  });
  const c = compileNicknameRules(rules);
  it.each([
    ['销售部协作群', 'internal', '杜艳霞', ['missing-department']],
    ['南宁片区群', 'unknown', '杜艳霞', ['missing-region']],
    ['南宁片区群', 'unknown', '南宁-杜艳霞', []],
    ['物流协会理事群', 'unknown', '销售部张三', ['missing-company', 'missing-title']],
    ['物流协会理事群', 'unknown', '华南公司销售部张三', ['missing-title']],
    ['物流协会理事群', 'unknown', '华南公司销售部经理张三', []],
  ] as const)('in %s (%s) %s → %j', (chatName, chatClass, name, reasons) => {
    const v = checkNickname(name, c, { chatClass, today, chatName });
    if (!reasons.length) expect(v.verdict).toBe('ok');
    else expect(v).toMatchObject({ verdict: 'bad', reasons });
  });

  it('words the missing parts for staff', () => {
    expect(reasonsText(t, ['missing-company', 'missing-title'])).toBe('缺少公司；缺少职位');
    expect(reasonsText(t, ['missing-region'])).toBe('缺少地区');
  });

  it('a pattern rule needs the group name; without it the main template applies', () => {
    expect(checkNickname('杜艳霞', c, { chatClass: 'unknown', today })).toMatchObject({ reasons: ['missing-department'] });
  });
});

describe('复制提醒: the message that asks people to rename', () => {
  it('mentions every non-compliant name once, with the fix when certain', () => {
    const items = renameItems([
      { verdict: 'bad', name: '张三', reasons: ['missing-department'], suggestion: '销售部-张三', confidence: 'certain' },
      { verdict: 'ok', name: '市场部-李四' },
      { verdict: 'bad', name: '张三', reasons: ['missing-department'], suggestion: '销售部-张三', confidence: 'certain' },
      { verdict: 'bad', name: '销售部-张山', reasons: ['roster-typo'], suggestion: '销售部-张三', confidence: 'likely' },
      { verdict: 'outsider', name: '路人甲', reasons: ['outsider'] },
    ]);
    expect(items).toEqual([
      { name: '张三', reasons: ['missing-department'], suggestion: '销售部-张三' },
      { name: '销售部-张山', reasons: ['roster-typo'] },
    ]);
    expect(renameReminderText(t, items, '{部门}-{姓名}')).toBe(
      ['@张三 @销售部-张山 请按群规修改群昵称，格式：部门-姓名', '@张三 改为“销售部-张三”', '@销售部-张山（与花名册中的人相近，可能写错了字）', '谢谢配合！'].join('\n'),
    );
  });

  it('is empty when nobody needs to rename', () => {
    expect(renameReminderText(t, renameItems([{ verdict: 'ok', name: '销售部-张三' }]), '{部门}-{姓名}')).toBe('');
  });
});

describe('the account’s own nickname and the group’s template for the reminder', () => {
  const c = compileNicknameRules(nick({ roster: ROSTER, templateRules: [{ classes: ['customer'], template: '{地区}-{姓名}' }], regions: ['南宁'] }));

  it('is checked in a customer group even when the roster does not know the name', () => {
    expect(checkOwnNickname('陈经理', c, { chatClass: 'customer', today })).toMatchObject({ verdict: 'bad', reasons: ['missing-region'] });
    expect(checkOwnNickname('陈一', c, { chatClass: 'internal', today })).toMatchObject({ verdict: 'bad', reasons: ['missing-department'] });
    expect(checkOwnNickname('销售部-张三', c, { chatClass: 'internal', today })).toEqual({ verdict: 'ok', name: '销售部-张三' });
  });

  it('names the template that applies in the group', () => {
    expect(rulesForGroup(c, 'customer').template).toBe('{地区}-{姓名}');
    expect(rulesForGroup(c, 'internal').template).toBe('{部门}-{姓名}');
  });
});
