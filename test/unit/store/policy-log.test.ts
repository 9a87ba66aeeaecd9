import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '@/utils/core/policy/model';
import { describePolicyChange } from '@/utils/store/policy-log';

describe('policy change records', () => {
  it('name the changed fields and who was exempted or no longer exempted', () => {
    const before = defaultPolicy();
    before.nickname.exemptions = [{ name: '王总', reason: '总裁' }];
    const after = structuredClone(before);
    after.nickname.exemptions = [{ name: 'Lee', reason: '顾问', expires: '2026-12-31' }];
    after.records.retentionDays = 90;
    expect(describePolicyChange(before, after)).toEqual({
      changed: ['records.retentionDays', 'nickname.exemptions'],
      policyName: '默认群规',
      exemptions: { added: ['Lee（至 2026-12-31）：顾问'], removed: ['王总：总裁'] },
    });
  });

  it('report nothing when only the save time changed', () => {
    const before = defaultPolicy();
    expect(describePolicyChange(before, { ...before, updatedAt: 'x' }).changed).toEqual([]);
  });
});

describe('policy change records compare values, not key order', () => {
  it('report nothing when a file lists the same quiet-hour windows with their keys in another order', () => {
    const before = defaultPolicy();
    const after = structuredClone(before);
    after.quietHours.windows = before.quietHours.windows.map((w) => ({ end: w.end, start: w.start, days: w.days }));
    expect(describePolicyChange(before, after).changed).toEqual([]);
  });
});
