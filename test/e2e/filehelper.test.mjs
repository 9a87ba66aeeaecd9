// Issue 14 end-to-end: the send guard and health on 文件传输助手网页版 (filehelper.weixin.qq.com), against a stand-in
// page built from the assumed fixture (test/fixtures/filehelper/, docs/sites.md): the page itself was not captured.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eventually, launch, readStore, setPolicy, waitForStatus } from './harness.mjs';
import { cancelDialog, guardDialog, sendAnyway } from './real-app.mjs';

const URL_FH = 'https://filehelper.weixin.qq.com/';
const fixture = (name) => readFileSync(`test/fixtures/filehelper/${name}`, 'utf8');

/**
 * Stands in for the page's own handlers, as documented: the textarea's text reaches the page through `input`
 * events; 发送 sends that text; a file picked in #btnFile is uploaded at once. ASSUMED (as the adapter assumes):
 * Enter without a modifier sends on keydown, outside an input method; with Shift it inserts a line break.
 * Counts what really gets sent.
 */
const PAGE_STAND_IN = `
  window.__sends = []; window.__uploads = [];
  const editor = document.querySelector('textarea.chat-panel__input-container');
  let model = editor.value;
  editor.addEventListener('input', () => { model = editor.value; });
  const send = () => {
    if (!model.trim()) return;
    window.__sends.push(model);
    const li = document.createElement('li');
    li.innerHTML = '<div class="msg-item mine"><div class="msg-text"></div></div>';
    li.querySelector('.msg-text').textContent = model;
    document.querySelector('.msg-list').append(li);
    editor.value = ''; model = '';
  };
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) { e.preventDefault(); send(); }
  });
  document.querySelector('a.chat-send__button').addEventListener('click', (e) => { e.preventDefault(); send(); });
  const file = document.getElementById('btnFile');
  file.addEventListener('change', () => { window.__uploads.push(...[...file.files].map((f) => f.name)); file.value = ''; });
`;

let ext;
let page;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

// Quiet hours off: these tests then do not depend on the clock (the default policy's 文件传输助手 is an ignored
// chat, which quiet hours leave alone anyway).
const CALM = { quietHours: { enabled: false } };

async function openPage(html = fixture('chat.html')) {
  page = await ext.open(URL_FH, html);
  await waitForStatus(page, 'active');
  await page.addScriptTag({ content: PAGE_STAND_IN });
}
const editor = () => page.locator('textarea.chat-panel__input-container');
const sends = () => page.evaluate(() => window.__sends);
const uploads = () => page.evaluate(() => window.__uploads);
async function typeAndEnter(text) {
  await editor().fill(text); // fill fires the input event the page needs
  await editor().press('Enter');
}

describe('the send guard on 文件传输助手网页版', () => {
  beforeEach(async () => {
    await setPolicy(ext, CALM);
  });

  it('holds an ID number on Enter; 取消 sends nothing and keeps the text', async () => {
    await openPage();
    await typeAndEnter('客户身份证 11010519880312041X');
    await guardDialog(page).waitFor();
    assert.match(await guardDialog(page).textContent(), /身份证号/);
    assert.deepEqual(await sends(), []);
    await cancelDialog(page);
    await page.waitForTimeout(300);
    assert.deepEqual(await sends(), []);
    assert.equal(await editor().inputValue(), '客户身份证 11010519880312041X');
    await page.close();
  });

  it('仍然发送 after Enter sends exactly once, the checked text', async () => {
    await openPage();
    await typeAndEnter('王总的报价单：单价 86 元');
    await sendAnyway(page, '发给自己手机备份');
    await eventually(async () => (await sends()).length === 1);
    await page.waitForTimeout(500);
    assert.deepEqual(await sends(), ['王总的报价单：单价 86 元']);
    assert.equal(await editor().inputValue(), '');
    await page.close();
  });

  it('holds 发送 the same way, and 仍然发送 sends exactly once', async () => {
    await openPage();
    await editor().fill('客户身份证 11010519880312041X');
    await page.locator('a.chat-send__button').click();
    await guardDialog(page).waitFor();
    assert.deepEqual(await sends(), []);
    await sendAnyway(page);
    await eventually(async () => (await sends()).length === 1);
    await page.waitForTimeout(500);
    assert.deepEqual(await sends(), ['客户身份证 11010519880312041X']);
    await page.close();
  });

  it('sends an ordinary line at once, with no dialog', async () => {
    await openPage();
    await typeAndEnter('明天上午十点开会');
    await eventually(async () => (await sends()).length === 1);
    assert.equal(await guardDialog(page).count(), 0);
    assert.deepEqual(await sends(), ['明天上午十点开会']);
    await page.close();
  });

  it('lets Shift+Enter make a line break, unchecked', async () => {
    await openPage();
    await editor().fill('客户名单');
    await editor().press('Shift+Enter');
    await page.waitForTimeout(300);
    assert.equal(await guardDialog(page).count(), 0);
    assert.deepEqual(await sends(), []);
    await page.close();
  });

  it('checks a picked file by its name: 取消 uploads nothing, 仍然发送 uploads it once', async () => {
    await openPage();
    const file = { name: '客户名单.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') };
    await page.locator('#btnFile').setInputFiles(file);
    await cancelDialog(page);
    await page.waitForTimeout(300);
    assert.deepEqual(await uploads(), []);
    await page.locator('#btnFile').setInputFiles(file);
    await sendAnyway(page);
    await eventually(async () => (await uploads()).length === 1);
    await page.waitForTimeout(300);
    assert.deepEqual(await uploads(), ['客户名单.xlsx']);
    await page.close();
  });
});

describe('health and records on 文件传输助手网页版', () => {
  it('says paused, in the page and the popup, when #chatBody is missing', async () => {
    page = await ext.open(URL_FH, fixture('no-chat-body.html'));
    await waitForStatus(page, 'paused', 15_000);
    const popup = await ext.extensionPage(`popup.html?tab=${await tabIdOf('https://filehelper.weixin.qq.com/*')}`);
    await popup.waitForSelector('[data-qg-popup-status="paused"]');
    const text = await popup.textContent('main');
    assert.match(text, /页面结构变化，保护已暂停/);
    assert.match(text, /chat-body/);
    await popup.close();
    await page.close();
  });

  it('names the site in the popup when the page is active', async () => {
    page = await ext.open(URL_FH, fixture('chat.html'));
    await waitForStatus(page, 'active');
    const popup = await ext.extensionPage(`popup.html?tab=${await tabIdOf('https://filehelper.weixin.qq.com/*')}`);
    await popup.waitForSelector('[data-qg-popup-status="active"]');
    assert.match(await popup.textContent('main'), /已连接：文件传输助手网页版 · 当前聊天 文件传输助手/);
    await popup.close();
    await page.close();
  });

  it('records its messages only when the policy says so (the default policy leaves 文件传输助手 alone)', async () => {
    await setPolicy(ext, { ...CALM, records: { scope: 'all' } });
    page = await ext.open('https://szfilehelper.weixin.qq.com/', fixture('chat.html'));
    await waitForStatus(page, 'active');
    await page.waitForTimeout(1500);
    assert.equal((await messagesOf('文件传输助手')).length, 0, 'an ignored chat is not recorded');
    await page.close();

    await setPolicy(ext, { ...CALM, records: { scope: 'all' }, groups: { internal: [], customer: ['客户'], external: [], ignored: [] } });
    page = await ext.open('https://cmfilehelper.weixin.qq.com/', fixture('chat.html'));
    await waitForStatus(page, 'active');
    const rows = await eventually(async () => {
      const found = await messagesOf('文件传输助手');
      return found.length === 5 && found;
    });
    assert.deepEqual(rows.map((r) => r.direction).sort(), ['in', 'in', 'out', 'out', 'out']);
    await page.close();
  });
});

async function messagesOf(chat) {
  const schema = await ext.extensionPage('policy.schema.json');
  const rows = (await readStore(schema, 'messages')).filter((r) => r.chat === chat);
  await schema.close();
  return rows;
}

async function tabIdOf(pattern) {
  const options = await ext.extensionPage('options.html');
  const id = await options.evaluate(async (p) => (await chrome.tabs.query({ url: p }))[0]?.id, pattern);
  await options.close();
  return id;
}
