// Issues 10 and 13 on Tencent's real web WeChat client: leader @-mention reminders, notice receipts, the nickname
// card closing as staff expect, and invisible characters inside a blocked term (weekday 10:00 Beijing).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from './harness.mjs';
import { SKIP_REAL, cancelDialog, defaultScenario, guardDialog, launchReal, pinBeijingClock } from './real-app.mjs';

describe('customer records and nickname card on the real web WeChat app', { skip: SKIP_REAL }, () => {
  let ext;
  let h;
  let page;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
    const setup = await ext.extensionPage('policy.schema.json');
    // An admin's policy: 协作群 groups are internal, 销售部-张三 is a leader.
    await setup.evaluate(() =>
      chrome.storage.local.set({ policy: { schemaVersion: 1, groups: { internal: ['协作群'], customer: ['客户'], external: [], ignored: ['文件传输助手'] }, customer: { leaders: ['销售部-张三'] } } }),
    );
    await setup.close();
    const scenario = await defaultScenario();
    scenario.messages.push(
      { chat: 'sales', from: 'zhangsan', text: '@陈经理 下午的方案发我看看', ago: 6 * 60 },
      { chat: 'sales', from: 'zhangsan', text: '通知：明天上午九点开周会', ago: 4 * 60 },
      { chat: 'sales', from: 'lisi', text: '收到', ago: 3 * 60 },
    );
    h = await ext.openActiveApp(scenario);
    page = h.page;
  });
  after(async () => {
    await h?.close();
    await ext?.close();
  });

  it('reminds me of a leader’s @-mention left unanswered, with how long it has waited', async () => {
    await h.openChat('sales');
    const bar = page.locator('qg-chat-class .bar');
    await eventually(async () => /销售部-张三 @你，已 (\d+) 分钟未回复/.test((await bar.textContent()) ?? ''));
    const minutes = Number(/已 (\d+) 分钟/.exec(await bar.textContent())[1]);
    assert.ok(minutes >= 6, `waited ${minutes} minutes`);
  });

  it('counts who acknowledged a notice on the notice itself, and names who has not, without the member list opened', async () => {
    const receipt = page.locator('qg-notice-receipt');
    await eventually(async () => (await receipt.count()) === 1);
    assert.equal(await receipt.evaluate((el) => el.closest('.message_system') === null && /通知：明天/.test(el.closest('.message')?.textContent ?? '')), true, 'on the notice, not in its time divider');
    const badge = receipt.locator('.receipt');
    // Every member but the notice's sender is expected (the app's member list, read without the popup): 1 of 4.
    await eventually(async () => /已回复 1\/4/.test((await badge.textContent()) ?? ''));
    // The names follow as soon as the group's member list has come from the app's model (until then the tooltip
    // says how many have not replied, never 全部已回复).
    const title = await eventually(async () => {
      const t = (await badge.getAttribute('title')) ?? '';
      assert.doesNotMatch(t, /全部已回复/);
      return /未回复：/.test(t) && t;
    });
    assert.match(title, /未回复：.*赵六/);
    assert.match(title, /市场部 王五/);
    assert.doesNotMatch(title, /李四/, 'who replied is not listed as missing');
    assert.equal(await page.locator('#mmpop_chatroom_members').count(), 0);
    assert.doesNotMatch((await badge.getAttribute('title')) ?? '', /全部已回复/);
    // A click lists them under a heading; a second click folds the list away.
    await badge.click();
    await eventually(async () => (await receipt.locator('li').count()) >= 2);
    assert.equal(await receipt.locator('.list-head').textContent(), '未回复：');
    assert.ok((await receipt.locator('li').allTextContents()).includes('赵六'));
    await badge.click();
    await eventually(async () => (await receipt.locator('li').count()) === 0);
  });

  it('closes the nickname card on Esc, on a click outside and when another chat opens', async () => {
    const badge = page.locator('#chatArea qg-nick-badge').first();
    const card = page.locator('qg-nick-card [data-qg-nick-card]');
    await badge.click();
    await card.waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await badge.click();
    await card.waitFor();
    await page.mouse.click(700, 600); // the message area, away from the card
    await card.waitFor({ state: 'detached' });
    await badge.click();
    await card.waitFor();
    await h.openChat('zhangsan');
    await card.waitFor({ state: 'detached' });
  });

  it('stops a blocked term with invisible characters between its letters (U+202E, U+FE0F, U+3164)', async () => {
    await h.openChat('liuzong');
    for (const noise of ['\u202E', '\uFE0F', '\u3164']) {
      await page.click('#editArea');
      await page.keyboard.insertText(`周末一起去赌${noise}博吗`);
      await page.keyboard.press('Enter');
      const dialog = guardDialog(page);
      await dialog.waitFor();
      assert.equal(await dialog.getAttribute('data-qg-blocked'), '');
      await cancelDialog(page);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
    }
    assert.equal(h.sent.length, 0);
  });
});
