// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { wechatWebAdapter } from '@/utils/site/wechat-web/adapter';
import { readMembers } from '@/utils/site/wechat-web/read';
import { parseFixture } from '../helpers/fixtures';

describe('the account\'s own id on web WeChat', () => {
  it('is read from the header avatar and names the account\'s own entry in the member popup', () => {
    const group = parseFixture('group-chat.html');
    const id = wechatWebAdapter.readAccountId!(group);
    expect(id).toBe('@1f0a2b3c4d5e6f708192a3b4c5d6e7f8');
    expect(readMembers(group)!.find((m) => m.sessionId === id)?.name).toBe('陈经理');
  });

  it('is read from mm-src while the avatar still shows the placeholder image, and is null without an avatar', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div class="panel"><div class="header"><div class="avatar"><img class="img" src="//res.wx.qq.com/x.png" mm-src="/cgi-bin/mmwebwx-bin/webwxgeticon?seq=1&username=@abc&skey=k"></div></div></div>';
    expect(wechatWebAdapter.readAccountId!(doc)).toBe('@abc');
    doc.body.innerHTML = '<div class="panel"><div class="header"></div></div>';
    expect(wechatWebAdapter.readAccountId!(doc)).toBeNull();
  });
});

describe('writing the editor for 脱敏后发送', () => {
  const page = () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div id="chatArea"><pre id="editArea" contenteditable="true">身份证 <b>11010519880312041X</b></pre></div>';
    return doc;
  };

  it('replaces the text, with line breaks as <br>, and tells the page with an input event', () => {
    const doc = page();
    const editor = doc.getElementById('editArea')!;
    const onInput = vi.fn();
    editor.addEventListener('input', onInput);
    expect(wechatWebAdapter.writeEditorText!(doc, '身份证 110105********041X\n手机 138****1234')).toBe(true);
    expect(editor.innerHTML).toBe('身份证 110105********041X<br>手机 138****1234');
    expect(wechatWebAdapter.readEditorText(doc)).toBe('身份证 110105********041X\n手机 138****1234');
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('writes markup-looking text as text, never as HTML', () => {
    const doc = page();
    expect(wechatWebAdapter.writeEditorText!(doc, '<img src=x onerror=alert(1)> & 138****1234')).toBe(true);
    const editor = doc.getElementById('editArea')!;
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.textContent).toBe('<img src=x onerror=alert(1)> & 138****1234');
  });

  it('says false when the page has no editor', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(wechatWebAdapter.writeEditorText!(doc, 'x')).toBe(false);
  });
});
