// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { detectorPolicy } from '@/utils/core/detector/presets';
import { evaluateOutgoing } from '@/utils/core/guard';
import { defaultPolicy } from '@/utils/core/policy/model';
import { filehelperAdapter } from '@/utils/site/filehelper/adapter';
import { readMessageItem } from '@/utils/site/filehelper/read';
import { SEL } from '@/utils/site/filehelper/selectors';
import { pageSendsOnKey } from '@/utils/site/filehelper/send';
import { adapterForHost } from '@/utils/site/registry';

const fixture = (name: string) => new DOMParser().parseFromString(readFileSync(join(__dirname, '../../fixtures/filehelper', name), 'utf8'), 'text/html');
const chat = fixture('chat.html');
const items = () => [...chat.querySelectorAll(SEL.messageItem)];

describe('the 文件传输助手网页版 adapter is chosen by host', () => {
  it.each(['filehelper.weixin.qq.com', 'szfilehelper.weixin.qq.com', 'cmfilehelper.weixin.qq.com'])('%s gets the filehelper adapter', (host) => {
    expect(adapterForHost(host)?.id).toBe('filehelper');
  });

  it('web WeChat keeps its own adapter', () => {
    expect(adapterForHost('wx.qq.com')?.id).toBe('wechat-web');
  });
});

describe('the 文件传输助手网页版 readers on the (assumed) chat fixture', () => {
  it('the page is active when the chat body, message list, editor and send button are there', () => {
    expect(filehelperAdapter.health(chat).state).toBe('active');
  });

  it('a page without #chatBody is missing its anchors (the session then says paused), and names what is missing', () => {
    const verdict = filehelperAdapter.health(fixture('no-chat-body.html'));
    expect(verdict.state).toBe('missing');
    expect(verdict.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['chat-body', 'message-list']);
  });

  it('the only chat is the account\'s own 文件传输助手, a direct chat', () => {
    expect(filehelperAdapter.readCurrentChat(chat)).toEqual({ name: '文件传输助手', kind: 'direct', sessionId: 'filehelper' });
    expect(filehelperAdapter.readAccount(chat)).not.toBeNull();
    expect(filehelperAdapter.readCurrentChat(fixture('no-chat-body.html'))).toBeNull();
  });

  it('reads each message: direction from .mine, text, image, file name', () => {
    const read = items().map((item) => readMessageItem(item));
    expect(read.map((r) => (r.kind === 'message' ? [r.direction, r.type, r.text ?? r.fileName ?? null] : r.kind))).toEqual([
      ['in', 'text', '明天上午十点开会'],
      ['out', 'text', '王总的报价：单价 86 元，月底前有效'],
      ['out', 'image', null],
      ['in', 'file', '客户名单.xlsx'],
      ['out', 'text', '第一行\n第二行'],
    ]);
  });

  it('gives each message an id that stays the same when the page renders it again, and two identical lines two ids', () => {
    const first = items().map((item) => readMessageItem(item));
    const again = [...fixture('chat.html').querySelectorAll(SEL.messageItem)].map((item) => readMessageItem(item));
    expect(again).toEqual(first);
    const list = chat.querySelector(SEL.messageList)!.cloneNode(true) as Element;
    list.append(list.children[1]!.cloneNode(true));
    const ids = [...list.children].map((item) => readMessageItem(item)).flatMap((r) => (r.kind === 'message' ? [r.msgId] : []));
    expect(new Set(ids).size).toBe(6);
  });

  it('skips an item that holds no message, and an empty text', () => {
    const list = document.createElement('ul');
    list.className = 'msg-list';
    list.innerHTML = '<li><div class="msg-time">09:12</div></li><li><div class="msg-item mine"><div class="msg-text">  </div></div></li>';
    expect([...list.children].map((item) => readMessageItem(item))).toEqual([
      { kind: 'skip', reason: 'not-a-message' },
      { kind: 'skip', reason: 'empty' },
    ]);
  });

  it('reads the textarea\'s value as the text a send would send', () => {
    const doc = fixture('chat.html');
    (doc.querySelector(SEL.editor) as HTMLTextAreaElement).value = '身份证 11010519880312041X';
    expect(filehelperAdapter.readEditorText(doc)).toBe('身份证 11010519880312041X');
  });
});

describe('what 文件传输助手网页版 sends (assumed: Enter without a modifier, outside an input method)', () => {
  const key = (over: Partial<Parameters<typeof pageSendsOnKey>[0]>) => ({ key: 'Enter', keyCode: 13, isComposing: false, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...over });
  it.each([
    ['Enter', key({}), true],
    ['Shift+Enter', key({ shiftKey: true }), false],
    ['Ctrl+Enter', key({ ctrlKey: true }), false],
    ['Alt+Enter', key({ altKey: true }), false],
    ['Meta+Enter', key({ metaKey: true }), false],
    ['Enter confirming an input method candidate', key({ isComposing: true }), false],
    ['an input method keydown (keyCode 229)', key({ keyCode: 229 }), false],
    ['a letter', key({ key: 'a', keyCode: 65 }), false],
  ])('%s sends: %s', (_, fields, sends) => {
    expect(pageSendsOnKey(fields)).toBe(sends);
  });

  it('only keys in the editor count, and only the send button and the file input are send controls', () => {
    document.body.innerHTML = chat.body.innerHTML;
    const editor = document.querySelector(SEL.editor)!;
    const enter = (target: Element) => {
      let seen = false;
      target.addEventListener('keydown', (e) => (seen = filehelperAdapter.isSendKey(e as KeyboardEvent)), { once: true });
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return seen;
    };
    expect(enter(editor)).toBe(true);
    expect(enter(document.querySelector(SEL.messageText)!)).toBe(false);
    expect(filehelperAdapter.isSendClick(document.querySelector(SEL.sendButton)!)).toBe(true);
    expect(filehelperAdapter.isSendClick(document.querySelector(SEL.messageBubble)!)).toBe(false);
    expect(filehelperAdapter.isFileInput(document.querySelector(SEL.fileInput)!)).toBe(true);
    expect(filehelperAdapter.isFileInput(editor)).toBe(false);
  });

  it('a held Enter is replayed as one click on 发送', () => {
    document.body.innerHTML = chat.body.innerHTML;
    let clicks = 0;
    document.querySelector(SEL.sendButton)!.addEventListener('click', () => clicks++);
    filehelperAdapter.replaySendKey(document.querySelector(SEL.editor)!, { key: 'Enter', code: 'Enter', keyCode: 13, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false });
    expect(clicks).toBe(1);
  });
});

describe('the guard warns for what goes to one\'s own 文件传输助手 (a personal device)', () => {
  const policy = defaultPolicy();
  const detector = compileDetector(detectorPolicy(policy.sensitive));
  const TEN_AM = Date.parse('2026-12-02T10:00:00+08:00'); // a Wednesday, outside quiet hours
  const send = (text: string, fileNames: string[] = []) =>
    evaluateOutgoing({ kind: fileNames.length ? 'file' : 'send', chat: { name: '文件传输助手', kind: 'direct' }, text, fileNames }, policy, detector, TEN_AM);

  it.each([
    ['an ID number', '客户身份证 11010519880312041X'],
    ['a quote (a business term)', '给王总的报价单'],
  ])('%s asks first', (_, text) => {
    expect(send(text).dialog).toBeTruthy();
  });

  it('a customer list by file name asks first', () => {
    expect(send('', ['客户名单.xlsx']).dialog).toBeTruthy();
  });

  it('an ordinary line goes without asking', () => {
    expect(send('明天上午十点开会').dialog).toBeFalsy();
  });
});
