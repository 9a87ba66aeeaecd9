// Issue 10 on Tencent's real web WeChat client: protected from the first keystroke, a refused login said plainly,
// nickname badges, one reply clock for header and chat list, and the recorder's rows (weekday 10:00 Beijing).
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually } from './harness.mjs';
import { SKIP_REAL, cancelDialog, defaultScenario, guardDialog, launchReal, pinBeijingClock, typeInEditor } from './real-app.mjs';

describe('the real web WeChat app from the first moment (weekday 10:00 Beijing)', { skip: SKIP_REAL }, () => {
  // One harness per browser context (it routes every request): each test gets its own.
  let ext;
  const clock = pinBeijingClock('2026-12-02 10:00');
  beforeEach(async () => {
    ext = await launchReal(clock);
  });
  afterEach(async () => ext?.close());


  it('holds a sensitive send made before the policy is known, then asks: nothing leaves unchecked', async () => {
    // Without the cached policy the page must wait for the full policy (managed storage can take seconds).
    const setup = await ext.extensionPage('policy.schema.json');
    await setup.evaluate(() => chrome.storage.local.remove('policyEffective'));
    await setup.close();
    const h = await ext.openApp({ ...(await defaultScenario()), waitForLogin: false });
    const { page } = h;
    await page.waitForSelector('.chat_item', { timeout: 20_000 });
    assert.ok(Number(await page.evaluate(() => document.documentElement.dataset.qgGuardInstalledMs)) >= 0, 'the guard is in place');
    await h.openChat('liuzong');
    await typeInEditor(page, '客户身份证 11010519880312041X');
    await page.keyboard.press('Enter');
    await guardDialog(page).waitFor({ timeout: 5000 });
    assert.equal(h.sent.length, 0);
    await cancelDialog(page);
    assert.equal(h.sent.length, 0);
    await page.waitForFunction(() => document.documentElement.dataset.qgGuard === 'ready', null, { timeout: 15_000 });
    const { installed, ready } = await page.evaluate(() => ({ installed: Number(document.documentElement.dataset.qgGuardInstalledMs), ready: Number(document.documentElement.dataset.qgGuardReadyMs) }));
    assert.ok(installed <= ready, `installed at ${installed} ms, ready at ${ready} ms`);
    await h.close();
  });

  it('flags members and senders whose group nickname breaks the rule, also after the list re-renders', async () => {
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('sales');
    const senderBadges = page.locator('#chatArea qg-nick-badge');
    await eventually(async () => (await senderBadges.count()) >= 2);
    await page.click('#chatArea .box_hd .title_wrap');
    await eventually(async () => (await page.locator('#mmpop_chatroom_members qg-nick-badge').count()) >= 3);
    await page.keyboard.press('Escape');
    // Leave and come back: the app re-renders every message item.
    await h.openChat('zhangsan');
    await h.openChat('sales');
    await eventually(async () => (await senderBadges.count()) >= 2);
    await h.close();
  });

  it('counts the customer reply clock from the same start in the header and the chat list, and records each message once', async () => {
    const scenario = await defaultScenario();
    scenario.messages = scenario.messages.map((m) => (m.chat === 'liuzong' ? { ...m, ago: 45 * 60 } : m)); // waiting 45 minutes
    const h = await ext.openActiveApp(scenario);
    const { page } = h;
    const rowBadge = page.locator(`.chat_item[data-username="${h.userName('liuzong')}"] qg-sla-row`);
    await rowBadge.waitFor({ state: 'attached' });
    await h.openChat('liuzong');
    const header = page.locator('qg-chat-class .bar'); // in the header's shadow root (locators pierce it)
    await eventually(async () => /未回复/.test((await header.textContent()) ?? ''));
    const headerMinutes = Number(/未回复 (\d+) 分钟/.exec(await header.textContent())?.[1]);
    assert.ok(headerMinutes >= 45, `header says ${headerMinutes} minutes`);
    await eventually(async () => Number(await rowBadge.getAttribute('data-qg-sla-minutes')) === headerMinutes);
    await typeInEditor(page, '刘总您好，马上改好发您');
    await page.keyboard.press('Enter');
    await h.waitForSent(1);
    await eventually(async () => (await rowBadge.count()) === 0); // answered: the row's clock stops with the header's
    await h.openChat('sales');
    await h.openChat('liuzong');
    await h.openChat('zhangsan');
    await eventually(async () => (await ext.stored('messages')).filter((m) => m.chat === '客户-刘总').length >= 2);
    const rows = (await ext.stored('messages')).filter((m) => m.chat === '客户-刘总');
    assert.equal(new Set(rows.map((m) => m.msgId)).size, rows.length, 'no message stored twice');
    await h.close();
  });
});

describe('a login web WeChat refuses', { skip: SKIP_REAL }, () => {
  let ext;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
  });
  after(async () => ext?.close());

  it('is reported as refused in the page and the popup, with what it means', async () => {
    const page = await ext.context.newPage();
    // The server's refusal (platform-2026.md): the app alerts the message and reloads the login page. Refuse
    // once; later logins stay unanswered, as a person who does not scan again (the mock would log in at once).
    let refused = false;
    await page.route((url) => url.pathname.endsWith('/webwxnewloginpage'), (route) => {
      if (refused) return; // left pending
      refused = true;
      return route.fulfill({ status: 200, contentType: 'text/plain', body: '<error><ret>1203</ret><message>为了保障你的账号安全，暂不支持使用网页版微信。你可以使用Windows微信或Mac微信在电脑端登录。</message></error>' });
    });
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    const h = await ext.openApp({ ...(await defaultScenario()), page, waitForLogin: false });
    await page.waitForFunction(() => document.documentElement.dataset.qgStatus === 'refused', null, { timeout: 20_000 });
    const tabId = await (await ext.extensionPage('policy.schema.json')).evaluate(async () => (await chrome.tabs.query({ url: 'https://wx.qq.com/*' }))[0]?.id);
    const popup = await ext.extensionPage(`popup.html?tab=${tabId}`);
    const status = popup.locator('[data-qg-popup-status]');
    await status.waitFor();
    assert.equal(await status.getAttribute('data-qg-popup-status'), 'refused');
    assert.match(await status.textContent(), /拒绝了这个账号的登录/);
    assert.match(await status.textContent(), /不会绕过/);
    await h.close();
  });
});
