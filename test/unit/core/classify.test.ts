import { describe, expect, it } from 'vitest';
import { classifyChat, type GroupsPolicy } from '@/utils/core/classify';

const groups: GroupsPolicy = { internal: ['协作群', '/^华南.*部$/'], customer: ['客户'], external: ['外部'], ignored: ['文件传输助手', '家人'] };

describe('chat classes', () => {
  it.each([
    ['销售协作群', 'internal'],
    ['华南销售部', 'internal'],
    ['客户-王总', 'customer'],
    ['客户内部协作群', 'customer'], // customer wins over internal
    ['外部合作伙伴群', 'external'],
    ['文件传输助手', 'ignored'],
    ['相亲相爱一家人', 'ignored'],
    ['周末羽毛球', 'unknown'],
  ])('%s is %s', (name, cls) => {
    expect(classifyChat(name, groups)).toBe(cls);
  });

  it('lets a staff member’s tag override the patterns', () => {
    expect(classifyChat('周末羽毛球', groups, 'customer')).toBe('customer');
    expect(classifyChat('客户-王总', groups, 'internal')).toBe('internal');
    expect(classifyChat('客户-王总', groups, null)).toBe('customer');
  });
});

describe('admin group patterns run on the linear-time matcher', () => {
  it('classifies a chat named 37 a’s and a ! under the pattern /(a|a)+$/ (a backtracking engine needs seconds)', () => {
    const tricky: GroupsPolicy = { internal: [], customer: ['/(a|a)+$/'], external: [], ignored: [] };
    expect(classifyChat(`${'a'.repeat(37)}!`, tricky)).toBe('unknown');
    expect(classifyChat('a'.repeat(37), tricky)).toBe('customer');
  });
});
