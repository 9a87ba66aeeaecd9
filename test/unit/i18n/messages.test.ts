import { afterEach, describe, expect, it } from 'vitest';
import { tc } from '@/utils/i18n/content';
import { pageMessages, setLocale, t } from '@/utils/i18n';
import { contentMessages } from '@/utils/i18n/messages/content';
import { guardPageMessages } from '@/utils/i18n/messages/guard-page';
import { sharedMessages, waitText } from '@/utils/i18n/messages/shared';

const ALL = { ...pageMessages, ...contentMessages, ...guardPageMessages, ...sharedMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setLocale('zh-CN'));

describe('message tables', () => {
  it.each(Object.entries(ALL))('%s has a zh-CN and an English text with the same placeholders', (_key, [zh, en]) => {
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(zh));
  });

  it('speaks zh-CN by default and English once chosen, filling placeholders', () => {
    expect(t('export.done', { count: 3 })).toBe('已导出 3 条');
    expect(tc('dialog.to', { chats: '客户-王总' })).toBe('发给：客户-王总');
    setLocale('en');
    expect(t('export.done', { count: 3 })).toBe('Exported 3 rows');
    expect(tc('dialog.to', { chats: '客户-王总' })).toBe('To: 客户-王总');
  });

  it('writes waiting times in minutes, hours and days', () => {
    expect([37, 125, 60, 3000].map((m) => waitText(t, m))).toEqual(['37 分钟', '2 小时 5 分', '1 小时', '2 天']);
    setLocale('en');
    expect([37, 125, 60, 3000].map((m) => waitText(t, m))).toEqual(['37 min', '2 h 5 min', '1 h', '2 days']);
  });
});
