// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compileNicknameRules, checkNickname } from '@/utils/core/nickname/check';
import type { NicknameVerdict } from '@/utils/core/nickname/model';
import { defaultPolicy } from '@/utils/core/policy/model';
import { ownEntry, ownNameFrom } from '@/utils/content/features/nickname';
import { renderSummary, type SummaryView } from '@/utils/content/ui/nick-summary';
import { copyToClipboard } from '@/utils/content/ui/nick-copy';

const rules = compileNicknameRules(defaultPolicy().nickname);
const judge = (name: string) => checkNickname(name, rules, { chatClass: 'unknown', today: '2026-12-02' });

function render(verdicts: NicknameVerdict[], view: Partial<SummaryView> = {}) {
  const host = document.createElement('div');
  const container = document.createElement('div');
  host.append(container);
  document.body.append(host);
  renderSummary(host, container, verdicts, { expanded: false, onToggle: () => undefined, own: null, reminder: null, ...view });
  return { host, container };
}

describe('the account\'s own entry in a member list', () => {
  const members = [
    { name: '销售部陈明', sessionId: '@me' },
    { name: '陈经理', sessionId: '@other' },
  ];
  it.each([
    ['by session id when the site tells it, even when another member shows the account name', members, '@me', '陈经理', '销售部陈明'],
    ['nobody when the id is known but not in the list', members, '@nobody', '陈经理', null],
    ['by the account name when the site gives no id', members, null, '陈经理', '陈经理'],
    ['by the account name when the list carries no ids', [{ name: '陈经理' }], '@me', '陈经理', '陈经理'],
  ])('is found %s', (_, list, id, account, expected) => {
    expect(ownEntry(list, id, account)?.name ?? null).toBe(expected);
  });
});

describe('what the account\'s own name is', () => {
  const model = [{ name: '销售部陈明', sessionId: '@me', nameFrom: 'group' as const }, { name: '李四', sessionId: '@li', nameFrom: 'nickname' as const }];
  it.each([
    ['the entry\'s own word first', { name: '陈经理', sessionId: '@me', nameFrom: 'nickname' as const }, model, 'nickname'],
    ['the model\'s word for a popup entry showing the same name', { name: '销售部陈明', sessionId: '@me' }, model, 'group'],
    ['nothing when the model shows another name (the name changed since)', { name: '销售部-陈明', sessionId: '@me' }, model, undefined],
    ['nothing without a model list', { name: '销售部陈明', sessionId: '@me' }, undefined, undefined],
  ])('is %s', (_, entry, list, expected) => {
    expect(ownNameFrom(entry, list, '@me', '陈经理')).toBe(expected);
  });
});

describe('the nickname summary bar', () => {
  it('tells the account its own group nickname breaks the rule, with the fix to copy and where to change it', () => {
    const own = judge('销售部陈明');
    expect(own.verdict).toBe('bad');
    const { container } = render([own], { own: { verdict: own, nameFrom: 'group' } });
    const notice = container.querySelector('[data-qg-own-nick]')!;
    expect(notice.textContent).toContain('你在本群的群昵称“销售部陈明”不符合群规');
    expect(notice.textContent).toContain('建议改为：销售部-陈明');
    expect(notice.textContent).toContain('我在本群的昵称');
    expect(notice.getAttribute('data-qg-own-nick-suggest')).toBe('销售部-陈明');
    expect(notice.querySelector('[data-qg-action="copy-own-nick"]')).not.toBeNull();
  });

  it.each([
    ['no group nickname: the group shows the WeChat name', 'nickname' as const, '你还没有设置本群的群昵称，群里显示的是你的微信名“陈经理”，不符合群规'],
    ['a name the site does not explain', undefined, '你在本群显示的名字“陈经理”不符合群规'],
  ])('words the own notice for %s, never calling it a group nickname', (_, nameFrom, expected) => {
    const own = judge('陈经理');
    const { container } = render([own], { own: { verdict: own, nameFrom } });
    const text = container.querySelector('[data-qg-own-nick]')!.textContent!;
    expect(text).toContain(expected);
    expect(text).not.toContain('你在本群的群昵称');
  });

  it('lists the account itself without an @, beside the members it would mention', () => {
    const own = judge('销售部陈明');
    const { container } = render([judge('李四'), own], { expanded: true, own: { verdict: own, nameFrom: 'group' } });
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^@李四：/);
    expect(items[1]).toMatch(/^销售部陈明（你）：/);
  });

  it('shows no own notice when the account\'s own nickname is fine', () => {
    const own = judge('销售部-陈明');
    const { container } = render([own], { own: { verdict: own, nameFrom: 'group' } });
    expect(container.querySelector('[data-qg-own-nick]')).toBeNull();
  });

  it('offers 复制提醒 only when there is someone to remind, and calls back on click', () => {
    const onCopy = vi.fn();
    const { container } = render([judge('李四')], { reminder: { text: '@李四 请按群规修改群昵称', status: null, onCopy } });
    const button = container.querySelector<HTMLButtonElement>('[data-qg-action="copy-reminder"]')!;
    expect(button.textContent).toBe('复制提醒');
    button.click();
    expect(onCopy).toHaveBeenCalledTimes(1);
    const empty = render([judge('销售部-张三')], { reminder: { text: '', status: null, onCopy } });
    expect(empty.container.querySelector('[data-qg-action="copy-reminder"]')).toBeNull();
  });

  it('says 已复制 after a copy, and shows the text selected for Ctrl+C when the browser refused', async () => {
    const copied = render([judge('李四')], { reminder: { text: '@李四 …', status: 'copied', onCopy: () => undefined } });
    expect(copied.container.querySelector('[data-qg-action="copy-reminder"]')!.textContent).toContain('已复制');
    const manual = render([judge('李四')], { reminder: { text: '@李四 请改名', status: 'manual', onCopy: () => undefined } });
    const box = manual.container.querySelector<HTMLTextAreaElement>('textarea[data-qg-reminder-text]')!;
    expect(box.value).toBe('@李四 请改名');
    expect(box.readOnly).toBe(true);
    expect(manual.container.textContent).toContain('Ctrl+C');
  });
});

describe('copying to the clipboard', () => {
  it('says true when the browser copied, and false when it refused or has no clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyToClipboard('x')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('NotAllowedError')) } });
    expect(await copyToClipboard('x')).toBe(false);
    vi.stubGlobal('navigator', {});
    expect(await copyToClipboard('x')).toBe(false);
    vi.unstubAllGlobals();
  });
});
