// Issue 3 end-to-end: nickname verdicts, badges, summary bar, roster import -> outsider + typo suggestion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually, launch, liveFixture, readStore, waitForStatus } from './harness.mjs';

let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

const nickOf = (page, selector) => page.$$eval(selector, (els) => els.map((el) => [el.textContent.trim(), el.dataset.qgNick ?? null, el.dataset.qgNickSuggest ?? null]));

describe('nickname compliance on web WeChat', () => {
  it('marks every member and sender name and badges the non-compliant ones', async () => {
    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
    await waitForStatus(page, 'active');
    await page.waitForSelector('#mmpop_chatroom_members p.nickname[data-qg-nick]');
    assert.deepEqual(await nickOf(page, '#mmpop_chatroom_members .member p.nickname'), [
      ['陈经理', 'bad', null],
      ['销售部-张三', 'ok', null],
      ['李四', 'bad', null],
      ['市场部 王五', 'bad', '市场部-王五'],
    ]);
    await page.waitForSelector('.message h4.nickname[data-qg-nick]');
    assert.deepEqual(await nickOf(page, '.message h4.nickname'), [
      ['销售部-张三', 'ok', null],
      ['李四', 'bad', null],
      ['市场部 王五', 'bad', '市场部-王五'],
      ['市场部 王五', 'bad', '市场部-王五'],
      ['市场部 王五', 'bad', '市场部-王五'],
    ]);
    assert.equal(await page.locator('qg-nick-badge').count(), 3 + 4);
    // The page's own text is unchanged.
    assert.equal(await page.textContent('#mmpop_chatroom_members .member:nth-child(5) p.nickname'), '市场部 王五');
    await page.close();
  });

  it('shows the summary for the open group and the fix on the badge', async () => {
    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
    await waitForStatus(page, 'active');
    const summary = page.locator('qg-nick-summary');
    await summary.waitFor();
    await eventually(async () => (await summary.getAttribute('data-bad')) === '3');
    assert.equal(await summary.getAttribute('data-total'), '4');
    assert.equal(await summary.getAttribute('data-outsider'), '0');
    assert.match(await summary.locator('.bar').textContent(), /昵称不规范 3\/4/);
    await summary.getByRole('button', { name: '查看名单' }).click();
    assert.match(await summary.locator('ul').textContent(), /@市场部 王五：分隔符不规范.*建议改为：市场部-王五/);

    const badge = page.locator('#mmpop_chatroom_members qg-nick-badge').last();
    await badge.locator('button').click();
    const card = page.locator('qg-nick-card .card');
    await card.waitFor();
    assert.match(await card.textContent(), /建议改为：市场部-王五/);
    await page.close();
  });

  it('logs each violation once per person per group per day', async () => {
    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
    await waitForStatus(page, 'active');
    const schema = await ext.extensionPage('policy.schema.json');
    const rows = await eventually(async () => {
      const all = (await readStore(schema, 'log')).filter((r) => r.kind === 'nickname');
      return all.length >= 3 && all;
    });
    await new Promise((r) => setTimeout(r, 500));
    const again = (await readStore(schema, 'log')).filter((r) => r.kind === 'nickname');
    assert.equal(again.length, rows.length, 'reloading the chat adds no duplicates');
    assert.deepEqual(again.map((r) => r.data.name).sort(), ['市场部 王五', '李四', '陈经理']);
    await schema.close();
    await page.close();
  });

  it('speaks English on the chat page once English is chosen', async () => {
    const options = await ext.extensionPage('options.html');
    await options.evaluate(() => chrome.storage.local.set({ uiLocale: 'en' }));
    try {
      const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
      await waitForStatus(page, 'active');
      const summary = page.locator('qg-nick-summary');
      await eventually(async () => (await summary.getAttribute('data-bad')) === '3');
      assert.match(await summary.locator('.bar').textContent(), /Nicknames not compliant 3\/4/);
      await summary.getByRole('button', { name: 'Show list' }).click();
      assert.match(await summary.locator('ul').textContent(), /@市场部 王五: Wrong separator; use “-”\. Suggested: 市场部-王五/);
      await page.close();
    } finally {
      await options.evaluate(() => chrome.storage.local.set({ uiLocale: 'zh-CN' }));
      await options.close();
    }
  });

  it('flags an outsider and suggests the roster nickname after a roster import', async () => {
    const options = await ext.extensionPage('options.html#groups');
    const internal = options.locator('[data-qg-field="groups.internal"]');
    await internal.fill('销售协作群');
    await internal.blur();
    await options.click('[data-qg-nav="nickname"]');
    await options.setInputFiles('[data-qg-roster-import]', {
      name: '通讯录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFF姓名,部门,可用本名\n张三,总公司/华南区/销售部,\n王五,总公司/市场部,\n陈经理,总公司/销售部,是\n'),
    });
    await options.waitForSelector('[data-qg-roster-preview]');
    assert.match(await options.textContent('[data-qg-roster-preview]'), /识别到 3 人/);
    await options.click('[data-qg-roster-save]');
    await options.waitForSelector('[data-qg-roster-result="saved"]');

    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
    await waitForStatus(page, 'active');
    await eventually(async () => (await nickOf(page, '#mmpop_chatroom_members .member p.nickname')).every(([, v]) => v));
    assert.deepEqual(await nickOf(page, '#mmpop_chatroom_members .member p.nickname'), [
      ['陈经理', 'exempt', null],
      ['销售部-张三', 'ok', null],
      ['李四', 'outsider', null],
      ['市场部 王五', 'bad', '市场部-王五'],
    ]);
    // Someone joins with a typo in their name.
    await page.evaluate(() => {
      const members = document.querySelector('#mmpop_chatroom_members .members_inner.scroll-content');
      const copy = members.querySelector('.member:not(.opt)').cloneNode(true);
      copy.querySelector('p.nickname').textContent = '销售部-张山';
      members.append(copy);
    });
    await eventually(async () => (await nickOf(page, '#mmpop_chatroom_members .member p.nickname')).length === 5 && (await nickOf(page, '#mmpop_chatroom_members .member p.nickname'))[4][1]);
    assert.deepEqual((await nickOf(page, '#mmpop_chatroom_members .member p.nickname'))[4], ['销售部-张山', 'bad', '销售部-张三']);
    const summary = page.locator('qg-nick-summary');
    await eventually(async () => (await summary.getAttribute('data-outsider')) === '1');
    assert.match(await summary.locator('.bar').textContent(), /名单外 1/);
    await options.close();
    await page.close();
  });

  it('shows the errors of a bad roster file and saves nothing', async () => {
    const options = await ext.extensionPage('options.html#nickname');
    await options.setInputFiles('[data-qg-roster-import]', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,部门\n张三,销售部\n,市场部\n') });
    await options.waitForSelector('[data-qg-roster-result="error"]');
    assert.match(await options.textContent('[data-qg-roster-result="error"]'), /第 3 行：姓名为空/);
    assert.equal(await options.locator('[data-qg-roster-save]').count(), 0);
    assert.match(await options.textContent('[data-qg-section="roster"]'), /当前 3 人/);
    await options.close();
  });

  it('answers the playground in the options page', async () => {
    const options = await ext.extensionPage('options.html#nickname');
    await options.fill('[data-qg-playground-nick]', '銷售部 張三🌸');
    await options.waitForSelector('[data-qg-playground-verdict="bad"]');
    assert.match(await options.textContent('[data-qg-playground-verdict]'), /建议改为：销售部-张三/);
    await options.close();
  });
});
