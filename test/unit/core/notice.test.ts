import { describe, expect, it } from 'vitest';
import { isNotice, isReceipt, mentions } from '@/utils/core/notice';
import { defaultCustomerPolicy } from '@/utils/core/policy/model';

const policy = { ...defaultCustomerPolicy(), leaders: ['陈经理'], noticeSenders: ['行政部-刘芳'] };
const T = Date.parse('2026-11-23T10:00:00+08:00');

describe('notices and receipts', () => {
  it.each([
    ['行政部-刘芳', '【通知】周五下午全员大会', true],
    ['陈经理', '通知：明天九点开会', true],
    ['陈经理', '@所有人 本周报价统一走系统', true],
    ['陈经理', '大家辛苦了', false],
    ['销售部-张三', '【通知】我请假一天', false],
  ])('%s: %s -> notice %s', (sender, text, expected) => {
    expect(isNotice(sender, text, policy)).toBe(expected);
  });

  it('counts a reply with a keyword within two hours', () => {
    expect(isReceipt('收到', T + 5 * 60_000, T, policy)).toBe(true);
    expect(isReceipt('好的，马上', T + 119 * 60_000, T, policy)).toBe(true);
    expect(isReceipt('收到', T + 121 * 60_000, T, policy)).toBe(false);
    expect(isReceipt('在路上', T + 60_000, T, policy)).toBe(false);
    expect(isReceipt('收到', T - 60_000, T, policy)).toBe(false);
  });

  it('finds an @-mention of me, not of someone whose name starts the same', () => {
    expect(mentions('@销售部-张三 报价今天给我', ['销售部-张三'])).toBe(true);
    expect(mentions('@销售部-张三丰 报价今天给我', ['销售部-张三'])).toBe(false);
    expect(mentions('@销售部-张三\u2005看下', ['销售部-张三'])).toBe(true);
    expect(mentions('报价今天给我', ['销售部-张三'])).toBe(false);
  });
});
