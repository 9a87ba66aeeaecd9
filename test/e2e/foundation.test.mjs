// Issue 2 end-to-end: health states, exactly-once storage, service-worker restarts, popup, policy import.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually, fixture, launch, liveFixture, readStore, setPolicy, stopServiceWorker, waitForStatus } from './harness.mjs';

const LOCAL_ID = `${Date.now()}0123`;
const GROUP = liveFixture('group-chat.html', LOCAL_ID);
let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

// Read from a passive extension-origin document: options.html would itself wake the service worker.
const messagesOf = async (chat) => {
  const page = await ext.extensionPage('policy.schema.json');
  const rows = (await readStore(page, 'messages')).filter((r) => r.chat === chat);
  await page.close();
  return rows;
};

/** These tests record an internal test group: record every chat, not only customer chats (the default). */
const recordAllChats = () => setPolicy(ext, { records: { scope: 'all' } });

describe('QunGuard on web WeChat in Chromium', () => {
  before(recordAllChats);

  it('marks the logged-in group chat page active', async () => {
    const page = await ext.open('https://wx.qq.com/', GROUP);
    await waitForStatus(page, 'active');
    await page.close();
  });

  it('runs on the other hosts and in ?target=t mode', async () => {
    const page = await ext.open('https://web.wechat.com/?target=t&lang=zh_CN', GROUP);
    await waitForStatus(page, 'active');
    await page.close();
  });

  it('marks the QR page as waiting for login', async () => {
    const page = await ext.open('https://wx2.qq.com/', fixture('login.html'));
    await waitForStatus(page, 'login');
    await page.close();
  });

  it('pauses and says which check failed when the chat area is missing', async () => {
    const page = await ext.open('https://wx8.qq.com/', fixture('no-chat-area.html'));
    await waitForStatus(page, 'paused', 15_000);
    const popup = await ext.extensionPage(`popup.html?tab=${await tabIdOf('https://wx8.qq.com/*')}`);
    await popup.waitForSelector('[data-qg-popup-status="paused"]');
    const text = await popup.textContent('main');
    assert.match(text, /页面结构变化，保护已暂停/);
    assert.match(text, /chat-area/);
    await popup.close();
    await page.close();
  });

  it('shows the active chat in the popup', async () => {
    const page = await ext.open('https://wx.qq.com/', GROUP);
    await waitForStatus(page, 'active');
    const popup = await ext.extensionPage(`popup.html?tab=${await tabIdOf('https://wx.qq.com/*')}`);
    await popup.waitForSelector('[data-qg-popup-status="active"]');
    assert.match(await popup.textContent('main'), /已连接：网页版微信 · 当前聊天 销售协作群（4人）/);
    await popup.close();
    await page.close();
  });

  it('stores each message exactly once across re-renders and the local-to-server id switch', async () => {
    const html = GROUP.replaceAll('销售协作群', '去重测试群');
    const page = await ext.open('https://wx.qq.com/', html);
    await waitForStatus(page, 'active');
    const first = await eventually(async () => {
      const rows = await messagesOf('去重测试群');
      return rows.length === 7 && rows;
    });
    assert.deepEqual(first.filter((r) => r.msgId.startsWith('sys-')).map((r) => r.type), ['recall']);
    // Re-render: remove the first message node, put it back, then replace it by a fresh copy.
    await page.evaluate(() => {
      const item = document.querySelector('[ng-repeat^="message in chatContent"]');
      const parent = item.parentElement;
      item.remove();
      setTimeout(() => {
        parent.insertBefore(item, parent.children[1]);
        setTimeout(() => item.replaceWith(item.cloneNode(true)), 50);
      }, 50);
    });
    // The page swaps the local id of the message being sent for the server id.
    await page.evaluate((localId) => {
      const bubble = [...document.querySelectorAll(`[data-cm*="${localId}"]`)].find((el) => el.matches('.js_message_bubble'));
      bubble.setAttribute('data-cm', bubble.getAttribute('data-cm').replace(localId, '3276257714766087001'));
      bubble.querySelector('.ico_loading').classList.add('ng-hide');
    }, LOCAL_ID);
    const rows = await eventually(async () => {
      const r = await messagesOf('去重测试群');
      return r.length === 8 && r;
    });
    await new Promise((r) => setTimeout(r, 500)); // anything late would show up now
    const final = await messagesOf('去重测试群');
    assert.equal(final.length, 8);
    assert.equal(new Set(final.map((r) => r.msgId)).size, 8);
    assert.ok(rows.some((r) => r.msgId === '3276257714766087001' && r.direction === 'out'));
    assert.ok(!final.some((r) => r.msgId === LOCAL_ID), 'the local id is never stored');
    await page.close();
  });

  it('stores events sent while the service worker is stopped once it restarts', async () => {
    // Another group, so other messages: a message id names one message of the account, whatever chat it is in.
    const html = GROUP.replaceAll('销售协作群', '重启测试群').replaceAll('32762577147660', '32762577147661');
    const page = await ext.open('https://wx.qq.com/', html);
    await waitForStatus(page, 'active');
    await eventually(async () => (await messagesOf('重启测试群')).length === 7);

    const worker = await stopServiceWorker(ext); // resolves once Chrome reports it STOPPED

    await page.evaluate(() => {
      const list = document.querySelector('#chatArea [mm-repeat^="message in chatContent"]');
      const template = document.querySelectorAll('[ng-repeat^="message in chatContent"]')[2];
      for (let i = 0; i < 25; i++) {
        const clone = template.cloneNode(true);
        const bubble = clone.querySelector('.js_message_bubble');
        bubble.setAttribute('data-cm', bubble.getAttribute('data-cm').replace('3276257714766186602', String(6100000000000000000n + BigInt(i))));
        list.append(clone);
      }
    });
    const rows = await eventually(async () => {
      const r = await messagesOf('重启测试群');
      return r.length === 32 && r;
    }, { timeout: 20_000 });
    assert.equal(new Set(rows.map((r) => r.key)).size, 32);
    assert.equal(await worker.runningStatus(), 'RUNNING', 'the page woke the worker up again');
    await worker.close();
    await page.close();
  });

  it('never renders a chat name that looks like HTML as HTML in the popup', async () => {
    const html = GROUP.replace(
      '>销售协作群</a>',
      '>&lt;img src=x onerror="window.__qgXss=1"&gt;</a>',
    );
    const page = await ext.open('https://wx2.qq.com/', html);
    await waitForStatus(page, 'active');
    const popup = await ext.extensionPage(`popup.html?tab=${await tabIdOf('https://wx2.qq.com/*')}`);
    await popup.waitForSelector('[data-qg-popup-status="active"]');
    assert.match(await popup.textContent('.headline'), /<img src=x onerror="window.__qgXss=1">/);
    assert.equal(await popup.locator('.headline img').count(), 0);
    assert.equal(await popup.evaluate(() => window.__qgXss), undefined);
    await popup.close();
    await page.close();
  });
});

describe('the options page', () => {
  it('keeps the active policy when a bad policy file is imported and applies a good one', async () => {
    const page = await ext.extensionPage('options.html');
    await page.waitForSelector('[data-qg-policy-name]');
    assert.equal(await page.textContent('[data-qg-policy-name]'), '默认群规');
    await page.setInputFiles('[data-qg-policy-import]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion":1,"name":"坏策略","records":{"retentionDays":"forever"}}'),
    });
    await page.waitForSelector('[data-qg-policy-result="error"]');
    assert.match(await page.textContent('[data-qg-policy-result="error"]'), /\$\.records\.retentionDays/);
    assert.equal(await page.textContent('[data-qg-policy-name]'), '默认群规');
    await page.setInputFiles('[data-qg-policy-import]', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion":1,"name":"华南销售群规","records":{"retentionDays":90}}'),
    });
    // A good file is previewed first: what changes, nothing applied until confirmed.
    await page.waitForSelector('[data-qg-policy-preview]');
    const preview = await page.textContent('[data-qg-policy-preview]');
    assert.match(preview, /保留天数：180 → 90/);
    assert.match(preview, /策略名称：默认群规 → 华南销售群规/);
    assert.equal(await page.textContent('[data-qg-policy-name]'), '默认群规');
    await page.click('[data-qg-policy-apply]');
    await page.waitForSelector('[data-qg-policy-result="ok"]');
    await eventually(async () => (await page.textContent('[data-qg-policy-name]')) === '华南销售群规');
    await page.close();
  });

  it('has the eight sections, in Chinese by default and in English when chosen', async () => {
    const page = await ext.extensionPage('options.html');
    await page.waitForSelector('nav a');
    assert.deepEqual(await page.locator('nav a').allTextContents(), ['概览', '昵称规则', '群分类', '敏感内容', '免打扰时段', '客户记录', '领导与通知', '导出']);
    await Promise.all([page.waitForEvent('load'), page.selectOption('nav select.locale', 'en')]);
    await page.waitForSelector('nav a');
    assert.deepEqual(await page.locator('nav a').allTextContents(), ['Overview', 'Nickname rules', 'Chat classes', 'Sensitive content', 'Quiet hours', 'Customer records', 'Leaders and notices', 'Export']);
    await page.goto(page.url().replace(/#.*$/, '') + '#export');
    await page.waitForSelector('[data-qg-verify-store]');
    assert.equal((await page.textContent('[data-qg-verify-store]')).trim(), 'Verify local database');
    await Promise.all([page.waitForEvent('load'), page.selectOption('nav select.locale', 'zh-CN')]);
    await page.waitForSelector('nav a');
    assert.equal(await page.locator('nav a').first().textContent(), '概览');
    await page.close();
  });
});

async function tabIdOf(pattern) {
  const page = await ext.extensionPage('options.html');
  const id = await page.evaluate(async (p) => (await chrome.tabs.query({ url: p }))[0]?.id, pattern);
  await page.close();
  return id;
}
