import { describe, expect, it } from 'vitest';
import type { ContentStatus } from '@/utils/bus/protocol';
import { statusHeadline } from '@/components/status-text';

const base: ContentStatus = {
  site: 'wechat-web',
  siteLabel: '网页版微信',
  health: { state: 'active', checks: [] },
  account: '陈经理',
  chat: { name: '销售协作群', kind: 'group', memberCount: 4 },
  chatList: [],
  pendingEvents: 0,
  skippedItems: 0,
};

describe('the popup status headline', () => {
  it.each([
    [base, '已连接：网页版微信 · 当前聊天 销售协作群（4人）'],
    [{ ...base, chat: { name: '客户-王总', kind: 'direct' as const } }, '已连接：网页版微信 · 当前聊天 客户-王总'],
    [{ ...base, chat: null }, '已连接：网页版微信 · 未打开聊天'],
    [{ ...base, site: 'filehelper', siteLabel: '文件传输助手网页版', chat: { name: '文件传输助手', kind: 'direct' as const } }, '已连接：文件传输助手网页版 · 当前聊天 文件传输助手'],
    [{ ...base, site: 'some-new-site', siteLabel: '某聊天网页', chat: null }, '已连接：某聊天网页 · 未打开聊天'],
    [{ ...base, health: { state: 'login' as const, checks: [] } }, '请先扫码登录'],
    [{ ...base, health: { state: 'paused' as const, checks: [] } }, '页面结构变化，保护已暂停'],
    [{ ...base, health: { state: 'refused' as const, checks: [] } }, '网页版微信拒绝了这个账号的登录，QunGuard 无法在这里保护'],
    [{ ...base, health: { state: 'starting' as const, checks: [] } }, '正在检测页面…'],
  ])('says what the user needs to know (%#)', (status, text) => {
    expect(statusHeadline(status)).toBe(text);
  });
});
