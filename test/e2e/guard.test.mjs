// Issue 4 end-to-end: the send / forward / quiet-hours guard against a stand-in for the app's own handlers.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eventually, launch, liveFixture, readStore, setPolicy as setPolicyOf, waitForStatus } from './harness.mjs';

let ext;
let page;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

/** Stands in for web WeChat's own bubble-phase handlers (ng-keydown / ng-click): counts what really gets sent. */
const APP_STAND_IN = `
  window.__sends = []; window.__forwards = 0;
  const editor = document.getElementById('editArea');
  const send = () => { window.__sends.push(editor.innerText); editor.innerHTML = ''; };
  editor.addEventListener('keydown', (e) => {
    // As the real editAreaKeydown: keyCode only (13 without modifiers, or 83 with Alt).
    if ((e.keyCode === 13 && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.metaKey) || (e.keyCode === 83 && e.altKey)) { e.preventDefault(); send(); }
  });
  document.querySelector('.btn_send').addEventListener('click', send);
  document.querySelector('.transpond-dialog .dialog_ft a').addEventListener('click', () => { window.__forwards++; });
`;

const setPolicy = (patch) => setPolicyOf(ext, patch);

// The open group (销售协作群) is left unclassified: since issue 12 business terms pass in internal chats and in the
// customer's own chat, and warn where the destination is unknown, external or another customer.
const CALM = { quietHours: { enabled: false }, groups: { internal: [], customer: ['客户'], external: [] } };

async function openChat() {
  page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
  await waitForStatus(page, 'active');
  await page.addScriptTag({ content: APP_STAND_IN });
}
async function typeAndEnter(html) {
  await page.evaluate((h) => {
    const editor = document.getElementById('editArea');
    editor.innerHTML = h;
    editor.focus();
  }, html);
  await page.keyboard.press('Enter');
}
const sends = () => page.evaluate(() => window.__sends);
const dialog = () => page.locator('qg-guard-dialog [role="dialog"]');

describe('the send guard', () => {
  beforeEach(async () => {
    await setPolicy(CALM);
  });

  it('stops sensitive text on Enter and shows what matched', async () => {
    await openChat();
    await typeAndEnter('请把客户名单和Q3报价单发我');
    await dialog().waitFor();
    assert.equal(await dialog().getAttribute('data-qg-dialog'), 'send');
    assert.match(await dialog().textContent(), /客户名单/);
    assert.equal(await dialog().locator('mark').count(), 2);
    assert.deepEqual(await sends(), []);
    await page.close();
  });

  it('sends nothing and leaves the editor as it was on 取消, also with Esc', async () => {
    await openChat();
    await typeAndEnter('客户名单在附件');
    await dialog().waitFor();
    await dialog().locator('[data-qg-action="cancel"]').click();
    await dialog().waitFor({ state: 'detached' });
    assert.deepEqual(await sends(), []);
    assert.equal(await page.evaluate(() => document.getElementById('editArea').innerText), '客户名单在附件');
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    assert.deepEqual(await sends(), []);
    await page.close();
  });

  it('never confirms on Enter inside the dialog', async () => {
    await openChat();
    await typeAndEnter('报价单');
    await dialog().waitFor();
    await dialog().locator('[data-qg-reason]').fill('客户要求');
    await dialog().locator('[data-qg-action="send-anyway"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    assert.equal(await dialog().count(), 1);
    assert.deepEqual(await sends(), []);
    await page.close();
  });

  it('sends exactly once, the checked text, on 仍然发送 with a reason, and logs the decision', async () => {
    await openChat();
    await typeAndEnter('报价单见附件');
    await dialog().waitFor();
    const anyway = dialog().locator('[data-qg-action="send-anyway"]');
    assert.equal(await anyway.isDisabled(), true, 'a reason is required first');
    await dialog().locator('[data-qg-reason]').fill('客户已签保密协议');
    await anyway.click();
    await eventually(async () => (await sends()).length === 1);
    await page.waitForTimeout(300);
    assert.deepEqual(await sends(), ['报价单见附件']);
    const schema = await ext.extensionPage('policy.schema.json');
    const decisions = await eventually(async () => {
      const rows = (await readStore(schema, 'log')).filter((r) => r.kind === 'decision' && r.data.decision === 'sent-anyway');
      return rows.length && rows;
    });
    assert.equal(decisions.at(-1).data.reason, '客户已签保密协议');
    assert.deepEqual(decisions.at(-1).data.categories, ['business']);
    assert.equal(decisions.at(-1).data.text, undefined, 'no message text unless the policy says so');
    await schema.close();
    await page.close();
  });

  it('stops the 发送 button the same way', async () => {
    await openChat();
    await page.evaluate(() => (document.getElementById('editArea').innerHTML = '身份证110101199003074477'));
    // dispatchEvent: in the unstyled fixture the chat body's inline position:absolute covers the button.
    await page.locator('.btn_send').dispatchEvent('click');
    await dialog().waitFor();
    assert.match(await dialog().textContent(), /身份证号/);
    assert.deepEqual(await sends(), []);
    await dialog().locator('[data-qg-reason]').fill('办理入职');
    await dialog().locator('[data-qg-action="send-anyway"]').click();
    await eventually(async () => (await sends()).length === 1);
    await page.close();
  });

  it('offers no 仍然发送 for a block rule', async () => {
    await openChat();
    await typeAndEnter('周末去赌场');
    await dialog().waitFor();
    assert.equal(await dialog().locator('[data-qg-action="send-anyway"]').count(), 0);
    await dialog().locator('[data-qg-action="cancel"]').click();
    assert.deepEqual(await sends(), []);
    await page.close();
  });

  it('lets clean text through with no dialog, once', async () => {
    await openChat();
    await typeAndEnter('好的，下午三点见');
    await eventually(async () => (await sends()).length === 1);
    await page.waitForTimeout(300);
    assert.equal(await dialog().count(), 0);
    assert.deepEqual(await sends(), ['好的，下午三点见']);
    await page.close();
  });

  it('does not treat Enter during IME composition as a send', async () => {
    await openChat();
    await page.evaluate(() => (document.getElementById('editArea').innerHTML = '报价单'));
    await page.evaluate(() => {
      const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, isComposing: true });
      document.getElementById('editArea').dispatchEvent(e);
    });
    await page.waitForTimeout(200);
    assert.equal(await dialog().count(), 0);
    await page.close();
  });
});

describe('the forward guard', () => {
  it('stops forwarding a sensitive message to a customer group', async () => {
    await setPolicy(CALM);
    await openChat();
    // Right-click the file message "Q3渠道报价单.pdf", then pick a customer group in the forward dialog.
    await page.locator('[ng-repeat^="message in chatContent"]').nth(4).locator('.attach').dispatchEvent('contextmenu');
    await page.evaluate(() => {
      document.querySelector('.transpond-dialog .contact_item .web_wechat_choose_green').closest('.contact_item').querySelector('h4.nickname').textContent = '华东客户群';
    });
    await page.locator('.transpond-dialog .dialog_ft a').dispatchEvent('click');
    await dialog().waitFor();
    assert.equal(await dialog().getAttribute('data-qg-dialog'), 'forward');
    assert.match(await dialog().textContent(), /转发到客户聊天/);
    assert.match(await dialog().textContent(), /华东客户群/);
    assert.equal(await page.evaluate(() => window.__forwards), 0);
    await dialog().locator('[data-qg-reason]').fill('客户本人要的');
    await dialog().locator('[data-qg-action="send-anyway"]').click();
    await eventually(async () => (await page.evaluate(() => window.__forwards)) === 1);
    await page.close();
  });
});

describe('quiet hours', () => {
  it('warns before posting in a group while a quiet window covers now', async () => {
    await setPolicy({ ...CALM, quietHours: { enabled: true, windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' }] } });
    await openChat();
    await typeAndEnter('大家早');
    await dialog().waitFor();
    assert.equal(await dialog().getAttribute('data-qg-dialog'), 'quiet-hours');
    assert.deepEqual(await sends(), []);
    await page.close();
  });
});

describe('the options page for content rules', () => {
  it('applies a term an admin adds, highlighted in the playground and blocked in the chat', async () => {
    await setPolicy(CALM);
    const options = await ext.extensionPage('options.html#sensitive');
    const terms = options.locator('[data-qg-field="sensitive.terms"]');
    await terms.fill('蓝海计划,project,block');
    await terms.blur();
    await options.fill('[data-qg-playground-text]', '下周启动 蓝 海 計 劃');
    await eventually(async () => (await options.getAttribute('[data-qg-playground-hits]', 'data-qg-playground-hits')) === '1');
    assert.equal(await options.textContent('[data-qg-section="sensitive-playground"] mark'), '蓝 海 計 劃');
    await openChat();
    await typeAndEnter('蓝海计划下周启动');
    await dialog().waitFor();
    assert.equal(await dialog().locator('[data-qg-action="send-anyway"]').count(), 0, 'block: no 仍然发送');
    await options.close();
    await page.close();
  });

  it('shows the quiet-hours section with its time zone', async () => {
    const options = await ext.extensionPage('options.html#quiet-hours');
    await options.waitForSelector('[data-qg-section="quiet-hours"]');
    assert.match(await options.textContent('[data-qg-section="quiet-hours"]'), /时区：Asia\/Shanghai/);
    await options.close();
  });
});
