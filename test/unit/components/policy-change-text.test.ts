import { describe, expect, it } from 'vitest';
import { changeText, settingName } from '@/components/policy-change-text';
import { defaultPolicy } from '@/utils/core/policy/model';

describe('the import preview speaks in settings’ names', () => {
  it.each([
    ['quietHours.windows', '免打扰时段 · 时间段'],
    ['customer.leaders', '领导名单'],
    ['groups.internal', '群分类 · 内部群'],
    ['nickname.name', '昵称规则'],
    ['name', '策略名称'],
  ])('%s is called %s', (path, name) => {
    expect(settingName(path)).toBe(name);
  });

  it('shows old and new values of simple settings and names structured ones', () => {
    const before = defaultPolicy();
    const after = structuredClone(before);
    after.records.retentionDays = 90;
    after.customer.leaders = ['王总', '李总'];
    expect(changeText(before, after, 'records.retentionDays')).toBe('保留天数：180 → 90');
    expect(changeText(before, after, 'customer.leaders')).toBe('领导名单：（空） → 王总、李总');
    expect(changeText(before, after, 'quietHours.windows')).toBe('免打扰时段 · 时间段（已修改）');
  });
});
