import { describe, expect, it } from 'vitest';
import { noticeParagraphs } from '@/utils/content/features/first-run-notice';
import { defaultPolicy } from '@/utils/core/policy/model';

describe('the first-run notice says what this policy records', () => {
  it('by default: customer chats, no message text, links cut to site and path, 180 days', () => {
    const text = noticeParagraphs(defaultPolicy()).join('\n');
    expect(text).toMatch(/客户聊天/);
    expect(text).toMatch(/不保存消息正文，链接只保留网站和路径/);
    expect(text).toMatch(/180 天后自动删除/);
    expect(text).toMatch(/不会上传/);
  });

  it('when the policy keeps text of every chat, it says so, with the length cap and the retention', () => {
    const policy = defaultPolicy();
    policy.records = { ...policy.records, storeText: true, maxTextChars: 300, retentionDays: 90, scope: 'all' };
    const text = noticeParagraphs(policy).join('\n');
    expect(text).toMatch(/所有聊天/);
    expect(text).toMatch(/保存消息正文（每条最多 300 字）/);
    expect(text).toMatch(/90 天后自动删除/);
  });
});
