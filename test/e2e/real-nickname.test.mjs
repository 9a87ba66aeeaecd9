// Issue 12's nickname items on Tencent's real web WeChat client (../shared/webwx-real): the account's own group
// nickname breaking the rule is said to the account, with the fix; 复制提醒 copies a ready message @-mentioning
// the members to rename (weekday 10:00 Beijing, default policy: template 部门-姓名; 销售协作群 is unclassified,
// so its members are checked as our own people).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from './harness.mjs';
import { SKIP_REAL, defaultScenario, launchReal, pinBeijingClock } from './real-app.mjs';

describe('nicknames in a group on the real web WeChat app (weekday 10:00 Beijing, default policy)', { skip: SKIP_REAL }, () => {
  let ext;
  let h;
  let page;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
    const scenario = await defaultScenario();
    // The account (陈经理) set a group nickname without the “-”: 销售部陈明.
    scenario.groups = scenario.groups.map((g) => (g.key === 'sales' ? { ...g, members: g.members.map((m) => (m.key === 'me' ? { ...m, DisplayName: '销售部陈明' } : m)) } : g));
    h = await ext.openActiveApp(scenario);
    page = h.page;
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await h.openChat('sales');
    await page.click('#chatArea .box_hd .title_wrap'); // the member list (the account's own entry is in it)
    await eventually(async () => (await page.locator('#mmpop_chatroom_members qg-nick-badge').count()) >= 3);
    await page.keyboard.press('Escape'); // the popup covers the header, where the summary bar is
    await page.locator('#mmpop_chatroom_members').waitFor({ state: 'detached' });
  });
  after(async () => {
    await h?.close();
    await ext?.close();
  });

  const summary = () => page.locator('qg-nick-summary');

  it('tells the account its own group nickname breaks the rule, with the fix to copy', async () => {
    const notice = summary().locator('[data-qg-own-nick]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-qg-own-nick-suggest'), '销售部-陈明');
    // Until the group's list has come from the app's model (which says the name is a group nickname), a list read
    // off the member popup only lets the notice say 「你在本群显示的名字」; the model's word follows within a second.
    const text = await eventually(async () => {
      const shown = (await notice.textContent()) ?? '';
      return /你在本群的群昵称“销售部陈明”不符合群规/.test(shown) && shown;
    });
    assert.match(text, /建议改为：销售部-陈明/);
    await notice.locator('[data-qg-action="copy-own-nick"]').click();
    await eventually(async () => (await notice.locator('[data-qg-action="copy-own-nick"]').textContent()) === '已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '销售部-陈明');
  });

  it('复制提醒 copies a message naming the members to rename, not the account itself, and says 已复制', async () => {
    const button = summary().locator('[data-qg-action="copy-reminder"]');
    assert.equal(await button.textContent(), '复制提醒');
    await button.click();
    await eventually(async () => /已复制/.test((await button.textContent()) ?? ''));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [mentions, ...lines] = copied.split('\n');
    // In the order the names were seen (senders in the chat first, then the member list).
    assert.match(mentions, /请按群规修改群昵称，格式：部门-姓名$/);
    const mentioned = mentions.replace(/ 请按群规.*$/, '').split(/ (?=@)/).sort();
    assert.deepEqual(mentioned, ['@李四', '@市场部 王五', '@赵六'].sort());
    assert.ok(lines.includes('@市场部 王五 改为“市场部-王五”'), copied);
    assert.ok(!copied.includes('销售部-张三'), 'a compliant member is not named');
    assert.ok(!copied.includes('陈明'), 'the account is told in its own notice, not in the reminder');
    assert.equal(h.sent.length, 0, 'QunGuard sends nothing');
  });
});
