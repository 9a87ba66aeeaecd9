// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  isLocalMessageId,
  parseMessageDataCm,
  readAccount,
  readChatList,
  readCurrentChat,
  readEditorText,
  readMembers,
  readMessageItem,
  realLinkUrl,
  richText,
} from '@/utils/site/wechat-web/read';
import { wechatWebAdapter } from '@/utils/site/wechat-web/adapter';
import { SEL } from '@/utils/site/wechat-web/selectors';
import { parseFixture } from '../helpers/fixtures';

const NOW = Date.UTC(2019, 8, 15, 8, 0, 0); // the fixture's local id 15685617865120817 was made on 2019-09-15
const group = parseFixture('group-chat.html');
const items = () => [...group.querySelectorAll(SEL.messageItem)];

function html(markup: string): Element {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

function messageItem(dataCm: string, inner = '<pre class="js_message_plain">hi</pre>', direction = 'you'): Element {
  return html(
    `<div ng-repeat="message in chatContent"><div class="message ${direction}"><img class="avatar" title="李四"><div class="content">` +
      `<div class="bubble js_message_bubble" data-cm='${dataCm}'>${inner}</div></div></div></div>`,
  ).firstElementChild!;
}

describe('the web WeChat readers on the group-chat fixture', () => {
  it('reads the own account name from the panel header', () => {
    expect(readAccount(group)).toBe('陈经理');
  });

  it('reads the open group chat with its member count from .title_count', () => {
    expect(readCurrentChat(group)).toEqual({
      name: '销售协作群',
      kind: 'group',
      sessionId: '@@9c2e41d07a6b5f38e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c',
      memberCount: 4,
    });
  });

  it('reads chat list rows with unread counts, red dots and muted state', () => {
    const rows = readChatList(group);
    expect(rows.map((r) => [r.name, r.kind, r.unread, r.muted, r.active])).toEqual([
      ['销售协作群', 'group', 0, false, true],
      ['李四', 'direct', 2, false, false],
      ['全国渠道交流群', 'group', 'dot', true, false],
      ['文件传输助手', 'direct', 0, false, false],
    ]);
  });

  it('reads group members from the member popup, with their session ids', () => {
    const members = readMembers(group)!;
    expect(members.map((m) => m.name)).toEqual(['陈经理', '销售部-张三', '李四', '市场部 王五']);
    expect(members[1]!.sessionId).toBe('@7ea0ce8a68384fb78fdad955f45aa66e');
  });

  it('returns null members when the popup is not open', () => {
    expect(readMembers(parseFixture('direct-chat.html'))).toBeNull();
  });

  it('rebuilds text with emoji images as text and <br> as a newline', () => {
    const read = readMessageItem(items()[0]!, NOW);
    expect(read).toMatchObject({
      kind: 'message',
      msgId: '3276257714766086428',
      direction: 'in',
      senderName: '销售部-张三',
      senderId: '@7ea0ce8a68384fb78fdad955f45aa66e',
      type: 'text',
      text: '各位，本周五前把Q3报价单发我[呲牙]\n有问题随时找我😄',
      dividerTime: '14:53',
    });
  });

  it('reads the divider above a message as a time, in the browser’s zone as the page draws it', () => {
    const read = readMessageItem(items()[0]!, NOW);
    const expected = new Date(NOW);
    expected.setHours(14, 53, 0, 0); // the page draws local wall time; a bare "14:53" is today's (or yesterday's)
    if (expected.getTime() > NOW + 60_000) expected.setDate(expected.getDate() - 1);
    expect(read.kind === 'message' && read.shownAt).toBe(expected.getTime());
  });

  it('extracts the real link URL from the webwxcheckurl wrapper', () => {
    expect(readMessageItem(items()[1]!, NOW)).toMatchObject({ type: 'text', links: ['https://example.com/q3-template'] });
  });

  it('reads an outgoing message as direction out without a sender heading', () => {
    expect(readMessageItem(items()[2]!, NOW)).toMatchObject({ direction: 'out', senderName: '陈经理', text: '收到，我周四统一汇总' });
  });

  it('classifies image, file and link messages', () => {
    expect(readMessageItem(items()[3]!, NOW)).toMatchObject({ type: 'image', senderName: '市场部 王五' });
    expect(readMessageItem(items()[4]!, NOW)).toMatchObject({ type: 'file', fileName: 'Q3渠道报价单.pdf' });
    expect(readMessageItem(items()[5]!, NOW)).toMatchObject({
      type: 'link',
      links: ['http://mp.weixin.qq.com/s?__biz=placeholder'],
      text: '三季度市场趋势解读\n渠道价格、竞品动向与下季度建议',
      dividerTime: '15:02',
    });
  });

  it('reads a system line (a recall notice) as system text', () => {
    expect(readMessageItem(items()[6]!, NOW)).toEqual({ kind: 'system', text: '李四撤回了一条消息' });
    expect(wechatWebAdapter.isRecallNotice('李四撤回了一条消息')).toBe(true);
  });

  it('holds an outgoing message that still has its local 17-digit id', () => {
    expect(readMessageItem(items()[7]!, NOW)).toEqual({ kind: 'pending', msgId: '15685617865120817' });
  });

  it('reads the editor content as text', () => {
    expect(readEditorText(group)).toBe('好的[强]\n下午给大家发最终版');
  });
});

describe('the web WeChat readers on bad input', () => {
  it('skips a message whose data-cm is malformed JSON', () => {
    expect(readMessageItem(messageItem('{"type":"message","msgId":'), NOW)).toEqual({ kind: 'skip', reason: 'unreadable' });
  });

  it('skips a message whose id is a not-yet-interpolated template', () => {
    expect(parseMessageDataCm('{"type":"message","msgType":"1","msgId":"{{message.MsgId}}"}')).toBeNull();
    expect(readMessageItem(messageItem('{"type":"message","msgType":"1","msgId":"{{message.MsgId}}"}'), NOW)).toEqual({
      kind: 'skip',
      reason: 'unreadable',
    });
  });

  it('skips an item with no message body and no data-cm at all', () => {
    expect(readMessageItem(html('<div ng-repeat="message in chatContent"></div>').firstElementChild!, NOW)).toEqual({ kind: 'skip', reason: 'empty' });
    expect(readMessageItem(html('<div><div class="message you"></div></div>').firstElementChild!, NOW)).toEqual({ kind: 'skip', reason: 'not-a-message' });
  });

  it('returns nothing instead of throwing when the page has none of the expected nodes', () => {
    const empty = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(readAccount(empty)).toBeNull();
    expect(readCurrentChat(empty)).toBeNull();
    expect(readChatList(empty)).toEqual([]);
    expect(readMembers(empty)).toBeNull();
    expect(readEditorText(empty)).toBeNull();
    expect(wechatWebAdapter.health(empty).state).toBe('missing');
  });

  it('reads a 100,000-character message in full', () => {
    const long = '报'.repeat(100_000);
    const read = readMessageItem(messageItem('{"type":"message","msgType":"1","msgId":"3276257714766099999"}', `<pre class="js_message_plain">${long}</pre>`), NOW);
    expect(read.kind === 'message' && read.text?.length).toBe(100_000);
  });

  it('keeps a sender name made only of emoji', () => {
    const item = messageItem('{"type":"message","msgType":"1","msgId":"3276257714766099998"}');
    item.querySelector('.content')!.insertAdjacentHTML('afterbegin', '<h4 class="nickname">🌸🌸🌸</h4>');
    expect(readMessageItem(item, NOW)).toMatchObject({ senderName: '🌸🌸🌸' });
  });

  it('returns HTML-looking message text as inert text', () => {
    const pre = html('<pre>&lt;img src=x onerror=alert(1)&gt;</pre>');
    expect(richText(pre)).toBe('<img src=x onerror=alert(1)>');
  });

  it('marks an outgoing message whose send failed, even with its local id', () => {
    const item = messageItem(
      '{"type":"message","msgType":"1","msgId":"15685617865120817"}',
      '<pre class="js_message_plain">x</pre><i class="ico_fail web_wechat_message_fail"></i>',
      'me',
    );
    expect(readMessageItem(item, NOW)).toMatchObject({ kind: 'message', sendFailed: true, msgId: '15685617865120817' });
  });

  it('tells local ids from server ids', () => {
    expect(isLocalMessageId('15685617865120817', NOW)).toBe(true);
    expect(isLocalMessageId('3276257714766086428', NOW)).toBe(false);
    expect(isLocalMessageId('12345678901234567', NOW)).toBe(false); // 17 digits, but not a recent timestamp
  });

  it('does not follow an un-interpolated or undecodable link', () => {
    expect(realLinkUrl('{{url}}')).toBeNull();
    expect(realLinkUrl('/x?requrl=%E0%A4%A')).toBeNull();
    expect(realLinkUrl('https://plain.example/')).toBe('https://plain.example/');
  });
});

describe('the web WeChat health check', () => {
  it('calls the logged-in group chat page active', () => {
    expect(wechatWebAdapter.health(group).state).toBe('active');
  });
  it('calls the QR page login', () => {
    expect(wechatWebAdapter.health(parseFixture('login.html')).state).toBe('login');
  });
  it('calls a page without the chat area missing and names the failing check', () => {
    const report = wechatWebAdapter.health(parseFixture('no-chat-area.html'));
    expect(report.state).toBe('missing');
    expect(report.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['chat-area']);
  });
});

describe('the web WeChat send and forward triggers', () => {
  const editor = () => {
    const doc = document;
    doc.body.innerHTML = '<pre id="editArea" contenteditable="true"></pre><div id="other"></div>';
    return doc.getElementById('editArea')!;
  };
  /** A keydown as the browser delivers it: keyCode is a legacy field KeyboardEventInit cannot set. */
  const key = (init: KeyboardEventInit & { keyCode: number }, target: Element = editor()) => {
    const event = new KeyboardEvent('keydown', init);
    Object.defineProperty(event, 'keyCode', { value: init.keyCode });
    Object.defineProperty(event, 'target', { value: target });
    return event;
  };
  // The real handler (editAreaKeydown in webwxApp.formatted.js): keyCode 13 without Alt/Ctrl/Meta/Shift sends,
  // keyCode 83 with Alt sends; it never looks at `key` or `isComposing`.
  it.each([
    ['plain Enter', { key: 'Enter', keyCode: 13 }, true],
    ['Enter with an empty key (some IMEs and remote desktops)', { key: '', keyCode: 13 }, true],
    ['Enter while isComposing is set but the keyCode is 13', { key: 'Enter', keyCode: 13, isComposing: true }, true],
    ['Ctrl+Enter (a line break)', { key: 'Enter', keyCode: 13, ctrlKey: true }, false],
    ['Shift+Enter (a line break)', { key: 'Enter', keyCode: 13, shiftKey: true }, false],
    ['Alt+Enter (a line break)', { key: 'Enter', keyCode: 13, altKey: true }, false],
    ['Meta+Enter (a line break)', { key: 'Enter', keyCode: 13, metaKey: true }, false],
    ['an IME keydown (keyCode 229) even with key Enter', { key: 'Enter', keyCode: 229, isComposing: true }, false],
    ['Alt+S', { key: 's', keyCode: 83, altKey: true }, true],
    ['Ctrl+Alt+S (AltGr+S on some Windows layouts)', { key: 'ś', keyCode: 83, altKey: true, ctrlKey: true }, true],
    ['Alt+Meta+S', { key: 's', keyCode: 83, altKey: true, metaKey: true }, true],
    ['Alt+Shift+S', { key: 'S', keyCode: 83, altKey: true, shiftKey: true }, true],
    ['S without Alt', { key: 's', keyCode: 83 }, false],
    ['Alt with a key reported as s but another keyCode', { key: 's', keyCode: 0, altKey: true }, false],
  ])('decides %s as the app does', (_name, init, sends) => {
    expect(wechatWebAdapter.isSendKey(key(init))).toBe(sends);
  });
  it('ignores send keys outside the editor', () => {
    editor();
    expect(wechatWebAdapter.isSendKey(key({ key: 'Enter', keyCode: 13 }, document.getElementById('other')!))).toBe(false);
  });
  it('recognises the send button, and 确定 in the forward dialog as a send only with one chat picked', () => {
    const doc = parseFixture('group-chat.html');
    expect(wechatWebAdapter.isSendClick(doc.querySelector(SEL.sendButton)!)).toBe(true);
    expect(doc.querySelectorAll(SEL.forwardPicked)).toHaveLength(1);
    expect(wechatWebAdapter.isForwardSend(doc.querySelector(SEL.forwardConfirm)!, doc)).toBe(true);
    expect(wechatWebAdapter.isForwardSend(doc.querySelector(SEL.forwardEnsure)!, doc)).toBe(true);
    expect(wechatWebAdapter.isForwardSend(doc.querySelector(SEL.editor)!, doc)).toBe(false);
    const chip = doc.querySelector(SEL.forwardChip)!;
    chip.after(chip.cloneNode(true)); // a second chat picked: 确定 only opens the confirm panel
    expect(wechatWebAdapter.isForwardSend(doc.querySelector(SEL.forwardConfirm)!, doc)).toBe(false);
    expect(wechatWebAdapter.isForwardSend(doc.querySelector(SEL.forwardEnsure)!, doc)).toBe(true);
  });
});

describe('the forward dialog reader', () => {
  it('reads the names of the chats picked in the forward dialog', () => {
    expect(wechatWebAdapter.readForwardTargets(parseFixture('group-chat.html'))).toEqual(['李四']);
  });
  it('names a chat once when the list shows it under 最近聊天 and again under 好友', () => {
    const doc = parseFixture('group-chat.html');
    const item = doc.querySelector(SEL.forwardPicked)!.closest(SEL.forwardItem)!;
    item.after(item.cloneNode(true));
    expect(doc.querySelectorAll(SEL.forwardPicked)).toHaveLength(2);
    expect(wechatWebAdapter.readForwardTargets(doc)).toEqual(['李四']);
  });
  it('recognises the file input of the composer', () => {
    const doc = parseFixture('group-chat.html');
    expect(wechatWebAdapter.isFileInput(doc.querySelector(SEL.fileInput)!)).toBe(true);
    expect(wechatWebAdapter.isFileInput(doc.querySelector(SEL.editor)!)).toBe(false);
  });
});
