// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { DomWatcher } from '@/utils/content/dom-watcher';
import { ChatSession, type SessionEvent } from '@/utils/content/session';
import { wechatWebAdapter } from '@/utils/site/wechat-web/adapter';
import { SEL } from '@/utils/site/wechat-web/selectors';
import { loadFixtureIntoDocument } from '../helpers/fixtures';

const NOW = Date.UTC(2019, 8, 15, 8, 0, 0);
let events: SessionEvent[];
let session: ChatSession;
let watcher: DomWatcher;

async function settle() {
  await new Promise((r) => setTimeout(r, 0)); // let the MutationObserver deliver
  watcher.drainAll();
}
const seen = () => events.filter((e): e is Extract<SessionEvent, { type: 'message-seen' }> => e.type === 'message-seen' && e.fresh);
const rerendered = () => events.filter((e) => e.type === 'message-seen' && !e.fresh);

beforeEach(() => {
  loadFixtureIntoDocument('group-chat.html');
  events = [];
  session = new ChatSession(wechatWebAdapter, document, (e) => events.push(e), () => NOW);
  watcher = new DomWatcher(document.documentElement, { schedule: () => {}, onError: (e) => { throw e; }, attributeFilter: ['data-cm', 'class'] });
  watcher.add(session.handleMutations);
  session.scanAll();
  watcher.start();
});

describe('the chat session on web WeChat', () => {
  it('emits account, chat opened, chat list and members on the first scan', () => {
    expect(events.map((e) => e.type).slice(0, 4)).toEqual(['account', 'chat-opened', 'chat-list', 'members-seen']);
  });

  it('emits every settled message once and holds the one still sending', () => {
    expect(seen().map((e) => e.message.msgId)).toEqual([
      '3276257714766086428',
      '3276257714766086511',
      '3276257714766086602',
      '3276257714766086733',
      '3276257714766086845',
      '3276257714766086977',
      expect.stringMatching(/^sys-[0-9a-f]{8}$/),
    ]);
    expect(seen()[6]!.message).toMatchObject({ type: 'recall', text: '李四撤回了一条消息' });
  });

  it('does not emit again when the page removes and re-adds the same message node', async () => {
    const item = document.querySelectorAll(SEL.messageItem)[0]!;
    const parent = item.parentElement!;
    const before = seen().length;
    item.remove();
    await settle();
    parent.insertBefore(item, parent.children[1] ?? null);
    await settle();
    const clone = item.cloneNode(true) as Element; // a re-render makes a new node with the same message
    item.replaceWith(clone);
    await settle();
    expect(seen().length).toBe(before);
    // The new node is still announced (not fresh), so features can decorate it again.
    expect(rerendered().length).toBe(1);
  });

  it('announces the members again when the member popup is closed and reopened', async () => {
    const popup = document.querySelector(SEL.membersPopup)!;
    const wrap = popup.parentElement!;
    popup.remove();
    await settle();
    wrap.append(popup.cloneNode(true));
    await settle();
    expect(events.filter((e) => e.type === 'members-seen')).toHaveLength(2);
  });

  it('emits the sending message once, with its server id, when the page swaps the local id', async () => {
    const bubble = document.querySelectorAll(SEL.messageItem)[7]!.querySelector('[data-cm*="message"]')!;
    bubble.setAttribute('data-cm', bubble.getAttribute('data-cm')!.replace('15685617865120817', '3276257714766087001'));
    bubble.querySelector('.ico_loading')!.classList.add('ng-hide');
    await settle();
    const sent = seen().filter((e) => e.message.direction === 'out');
    expect(sent.map((e) => e.message.msgId)).toEqual(['3276257714766086602', '3276257714766087001']);
    expect(sent[1]!.message.text).toBe('@李四 模板我看过了，没问题');
  });

  it('emits a recall when a known message is rewritten in place to a recall notice', async () => {
    const item = document.querySelectorAll(SEL.messageItem)[1]!;
    item.querySelector('[ng-switch]')!.innerHTML =
      '<div ng-switch-when="10000" class="ng-scope"><p class="message_system"><span class="content">李四撤回了一条消息</span></p></div>';
    await settle();
    expect(events.filter((e) => e.type === 'message-recalled')).toMatchObject([{ msgId: '3276257714766086511' }]);
  });

  it('emits chat opened and re-reads the messages when another chat is opened', async () => {
    document.querySelector(SEL.chatTitle)!.textContent = '全国渠道交流群';
    document.querySelector(SEL.chatTitleCount)!.textContent = '(120)';
    await settle();
    const opened = events.filter((e) => e.type === 'chat-opened');
    expect(opened.at(-1)).toMatchObject({ chat: { name: '全国渠道交流群', memberCount: 120 } });
    expect(seen().filter((e) => e.message.chat.name === '全国渠道交流群')).toHaveLength(7);
  });

  // Not a timing test (that is the Chromium benchmark); happy-dom is slow, so it gets headroom.
  it('handles 1,000 message nodes inserted at once and emits each once', { timeout: 60_000 }, async () => {
    const list = document.querySelector(SEL.messageList)!;
    const template = document.querySelectorAll(SEL.messageItem)[2]!;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 1000; i++) {
      const clone = template.cloneNode(true) as Element;
      const bubble = clone.querySelector('[data-cm*="message"]')!;
      bubble.setAttribute('data-cm', bubble.getAttribute('data-cm')!.replace('3276257714766086602', String(5_000_000_000_000_000_000n + BigInt(i))));
      fragment.append(clone);
    }
    const before = seen().length;
    list.append(fragment);
    await settle();
    expect(seen().length - before).toBe(1000);
  });

  it('counts items with malformed data-cm instead of failing', async () => {
    const list = document.querySelector(SEL.messageList)!;
    list.insertAdjacentHTML(
      'beforeend',
      `<div ng-repeat="message in chatContent"><div class="message you"><div class="bubble" data-cm='{"type":"message",'></div></div></div>`,
    );
    await settle();
    expect(session.skipped.unreadable).toBe(1);
  });
});
