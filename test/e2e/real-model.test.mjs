// Issue 11 on Tencent's real web WeChat client: customer records come from the app's own model, so every message
// is stored exactly once with the app's send time, on screen or not, in any time zone; recalls, renames, resends
// and tags after the fact keep one row per message; group members are known before the popup opens.
// Weekday 10:00 Beijing, default policy.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { eventually } from './harness.mjs';
import { SKIP_REAL, defaultScenario, launchReal, pinBeijingClock, typeInEditor } from './real-app.mjs';

/** A customer group besides the default scenario (the default policy calls chats named 客户… customers). */
async function scenarioWithCustomerGroup() {
  const scenario = await defaultScenario();
  scenario.groups.push({
    key: 'project',
    NickName: '客户-华东大客户项目群',
    members: [{ key: 'me', DisplayName: '销售部-陈经理' }, { key: 'liuzong', DisplayName: '' }, { key: 'wangwu', DisplayName: '' }],
  });
  scenario.chats = ['sales', 'project', 'liuzong', 'zhangsan', 'filehelper'];
  return scenario;
}

describe('complete customer records from the real web WeChat app', { skip: SKIP_REAL }, () => {
  let ext;
  const clock = pinBeijingClock('2026-12-02 10:00');
  afterEach(async () => ext?.close());

  const rowsOf = async (chatPrefix) => (await ext.stored('messages')).filter((m) => m.chat.startsWith(chatPrefix));
  /** Wait until `count` rows of the chat are stored, and no more come. */
  const settledRows = async (chatPrefix, count) => {
    await eventually(async () => (await rowsOf(chatPrefix)).length >= count, { timeout: 60_000, interval: 500 });
    await new Promise((r) => setTimeout(r, 1500));
    return rowsOf(chatPrefix);
  };

  const burstIntoClosedChat = async (launchOptions, n, agoSeconds) => {
    ext = await launchReal(launchOptions);
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('zhangsan'); // the customer chat stays closed
    const pushed = [];
    for (let i = 0; i < n; i++) pushed.push(h.pushMessage({ chat: 'liuzong', from: 'liuzong', text: `第 ${i + 1} 条：请确认发货时间`, ago: agoSeconds }));
    const rows = await settledRows('客户-刘总', n + 1); // + the scenario's own message
    return { h, page, pushed, rows };
  };

  const assertExactlyOnceWithAppTimes = (pushed, rows) => {
    const byId = new Map(rows.map((r) => [r.msgId, r]));
    assert.equal(rows.length, new Set(rows.map((r) => r.msgId)).size, 'no message is stored twice');
    for (const item of pushed) {
      const row = byId.get(item.MsgId);
      assert.ok(row, `message ${item.MsgId} is stored`);
      assert.equal(row.time, item.CreateTime * 1000, 'the stored time is the app’s CreateTime');
      assert.equal(row.timeSource, 'app');
    }
  };

  it('stores all 500 messages of a burst into a closed customer chat, each once, at the app’s send time', async () => {
    const { h, pushed, rows } = await burstIntoClosedChat(clock, 500, 0);
    assert.equal(rows.length, 501);
    assertExactlyOnceWithAppTimes(pushed, rows);
    await h.close();
  });

  for (const zone of ['Europe/Berlin', 'UTC']) {
    it(`stores exact times and counts the reply clock right with the browser in ${zone}`, async () => {
      const options = { ...clock, timezoneId: zone, env: { ...clock.env, TZ: zone } };
      const { h, page, pushed, rows } = await burstIntoClosedChat(options, 500, 600); // sent 10 minutes ago
      assert.equal(rows.length, 501);
      assertExactlyOnceWithAppTimes(pushed, rows);
      await h.openChat('liuzong');
      const header = page.locator('qg-chat-class .bar');
      await eventually(async () => /未回复/.test((await header.textContent()) ?? ''));
      const text = await header.textContent();
      // The scenario's first customer message came 5 minutes before the burst (ago 300 at login), so ≤ 15 minutes.
      const minutes = Number(/未回复 (\d+) 分钟/.exec(text)?.[1]);
      assert.ok(minutes >= 9 && minutes <= 16, `header says “${text}”, not hours off`);
      await h.close();
    });
  }

  it('records a 30-message backlog when the chat is opened without scrolling', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp(await scenarioWithCustomerGroup());
    const { page } = h;
    const pushed = [];
    for (let i = 0; i < 30; i++) pushed.push(h.pushMessage({ chat: 'project', from: i % 2 ? 'liuzong' : 'wangwu', text: `项目进度第 ${i + 1} 项` }));
    await h.openChat('project');
    const rows = await settledRows('客户-华东', 30);
    assert.equal(rows.length, 30);
    assertExactlyOnceWithAppTimes(pushed, rows);
    const shown = await page.locator('#chatArea .message').count();
    assert.ok(shown < 30, `the page showed only ${shown} of them`);
    await h.close();
  });

  it('records what a chat already held once the staff member tags it 客户', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp();
    const { page } = h;
    const pushed = [];
    for (let i = 0; i < 12; i++) pushed.push(h.pushMessage({ chat: 'zhangsan', from: 'zhangsan', text: `张总，第 ${i + 1} 批货什么时候到？` }));
    await h.openChat('zhangsan');
    await page.waitForTimeout(1500);
    assert.equal((await rowsOf('张三')).length, 0, 'a chat of unknown class is not recorded by default');
    await page.locator('qg-chat-class [data-qg-tag]').selectOption('customer');
    const rows = await settledRows('张三', 12);
    assert.equal(rows.length, 12);
    assertExactlyOnceWithAppTimes(pushed, rows);
    await h.close();
  });

  it('keeps one row per message when a group is renamed mid-session', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp(await scenarioWithCustomerGroup());
    const { page } = h;
    const before = [];
    for (let i = 0; i < 5; i++) before.push(h.pushMessage({ chat: 'project', from: 'liuzong', text: `改名前第 ${i + 1} 条` }));
    await h.openChat('project');
    await settledRows('客户-华东大客户项目群', 5);
    // The server sends the whole contact again, with its new name (the app's addContact needs its MemberList).
    const room = h.world.resolve('project');
    h.pushRaw({ ModContactList: [{ ...room, NickName: '客户-华东项目群（已改名）', MemberList: room.MemberList.map((m) => ({ ...m })) }] });
    await page.waitForFunction(() => document.querySelector('#chatArea .title_name')?.textContent?.includes('已改名'), null, { timeout: 15_000 });
    const after = h.pushMessage({ chat: 'project', from: 'liuzong', text: '改名后第 1 条' });
    const rows = await settledRows('客户-华东', 6);
    assert.equal(rows.length, 6, 'the five messages on screen are not stored again under the new name');
    assert.deepEqual(new Set(rows.map((r) => r.msgId)), new Set([...before, after].map((m) => m.MsgId)));
    assert.equal(rows.find((r) => r.msgId === after.MsgId).chat, '客户-华东项目群（已改名）');
    await h.close();
  });

  it('marks a message recalled while its chat is closed', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('zhangsan');
    const original = h.pushMessage({ chat: 'liuzong', from: 'liuzong', text: '这个价格先别外传' });
    await eventually(async () => (await rowsOf('客户-刘总')).some((r) => r.msgId === original.MsgId));
    const revoke = `&lt;sysmsg type="revokemsg"&gt;&lt;revokemsg&gt;&lt;session&gt;${h.userName('liuzong')}&lt;/session&gt;&lt;oldmsgid&gt;1&lt;/oldmsgid&gt;&lt;msgid&gt;${original.MsgId}&lt;/msgid&gt;&lt;replacemsg&gt;&lt;![CDATA["刘总" 撤回了一条消息]]&gt;&lt;/replacemsg&gt;&lt;/revokemsg&gt;&lt;/sysmsg&gt;`;
    h.pushMessage({ chat: 'liuzong', from: 'liuzong', type: 10002, content: revoke });
    const row = await eventually(async () => (await rowsOf('客户-刘总')).find((r) => r.msgId === original.MsgId && r.recalled === 1));
    assert.ok(row.recalledAt > 0);
    assert.equal((await rowsOf('客户-刘总')).filter((r) => r.msgId === original.MsgId).length, 1);
    await h.close();
  });

  it('stores an own send that failed and was resent as one row that is no longer failed', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('liuzong');
    h.failNextSend = true;
    await typeInEditor(page, '刘总，发货单已经准备好了');
    await page.keyboard.press('Enter');
    await page.locator('#chatArea .ico_fail:not(.ng-hide)').last().waitFor({ state: 'attached', timeout: 10_000 });
    await eventually(async () => (await rowsOf('客户-刘总')).some((r) => r.direction === 'out' && r.sendFailed));
    await page.locator('#chatArea .ico_fail:not(.ng-hide)').last().dispatchEvent('click'); // the stand-in CSS gives the icon no size
    await h.waitForSent(2, 10_000);
    const own = await eventually(async () => {
      const rows = (await rowsOf('客户-刘总')).filter((r) => r.direction === 'out');
      return rows.length === 1 && rows[0].sendFailed === false && rows;
    });
    assert.equal(own.length, 1);
    await page.waitForTimeout(1500);
    assert.equal((await rowsOf('客户-刘总')).filter((r) => r.direction === 'out').length, 1, 'the server id did not add a second row');
    await h.close();
  });

  it('counts every member of a group in the nickname summary before anyone opens the member list', async () => {
    ext = await launchReal(clock);
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('sales');
    const summary = page.locator('qg-nick-summary .bar');
    await eventually(async () => /\/5/.test((await summary.textContent()) ?? ''));
    assert.equal(await page.locator('#mmpop_chatroom_members').count(), 0, 'the member list was never opened');
    // The account (陈经理) set no group nickname, so the group shows its WeChat name: the notice says just that.
    const own = page.locator('qg-nick-summary [data-qg-own-nick]');
    await own.waitFor();
    assert.match(await own.textContent(), /你还没有设置本群的群昵称，群里显示的是你的微信名“陈经理”/);
    const members = await eventually(async () => (await ext.stored('chats')).find((c) => c.name === '销售协作群')?.members);
    assert.equal(members.length, 5);
    await h.close();
  });
});
