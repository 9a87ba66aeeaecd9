// Issue 15 end-to-end: the options page as an admin meets it (bad inputs kept and explained, 已保存, setting names in
// the import preview), exports a manager can read, 校验 of a tampered CSV, and the first run on a fresh profile.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { EXTENSION_DIR, eventually, launch, liveFixture, readStore, waitForStatus } from './harness.mjs';

const FIXED_ID = 'pklgpobhllbheehlahpkilpiehocboab';
const shot = async (page, name, fullPage = true) => {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage });
};
const storedPolicy = (page) => page.evaluate(async () => (await chrome.storage.local.get('policy')).policy);

describe('first run on a fresh profile', () => {
  let ext;
  before(async () => {
    ext = await launch({ firstRun: true });
  });
  after(async () => {
    await ext?.close();
  });

  it('has the fixed extension id from the manifest key and a toolbar icon', () => {
    assert.equal(ext.extensionId, FIXED_ID);
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    assert.deepEqual(Object.keys(manifest.action.default_icon), ['16', '32', '48', '128']);
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(`${EXTENSION_DIR}/icon/${size}.png`);
      assert.equal(png.readUInt32BE(16), size, `icon/${size}.png is ${size} px wide`);
    }
  });

  it('opens the setup on install, each step prefilled with the defaults', async () => {
    const setup = await eventually(() => ext.context.pages().find((p) => p.url().endsWith('/options.html#setup')));
    await setup.waitForSelector('[data-qg-setup-step="template"]');
    assert.equal(await setup.inputValue('[data-qg-setup-field="template"]'), '{部门}-{姓名}');
    await shot(setup, 'setup-template');
    await setup.click('[data-qg-setup-next]');
    await setup.waitForSelector('[data-qg-setup-step="groups"]');
    assert.equal(await setup.inputValue('[data-qg-setup-field="customer-groups"]'), '客户', 'the default customer pattern is prefilled');
    await setup.fill('[data-qg-setup-field="groups"]', '销售部');
    await setup.locator('[data-qg-setup-field="groups"]').blur();
    await setup.waitForSelector('[data-qg-save="saved"]');
    await setup.click('[data-qg-setup-next]');
    await setup.fill('[data-qg-setup-field="leaders"]', '王总\n李总');
    await setup.locator('[data-qg-setup-field="leaders"]').blur();
    await setup.waitForSelector('[data-qg-save="saved"]');
    await setup.click('[data-qg-setup-next]');
    await setup.waitForSelector('[data-qg-section="roster"]');
    await setup.click('[data-qg-setup-next]');
    assert.equal(await setup.isChecked('[data-qg-setup-field="quiet"]'), true);
    await setup.click('[data-qg-setup-finish]');
    await setup.waitForSelector('[data-qg-setup-done]');
    const saved = await storedPolicy(setup);
    assert.deepEqual(saved.customer.leaders, ['王总', '李总']);
    assert.deepEqual(saved.groups.internal, ['销售部']);
    // Nothing recorded yet: the overview says so in one sentence instead of six empty charts.
    await setup.goto(setup.url().replace(/#.*$/, '#overview'));
    await setup.waitForSelector('[data-qg-dashboard-empty]');
    assert.equal(await setup.locator('[data-qg-chart]').count(), 0);
    await setup.close();
  });

  it('shows staff a plain notice once on the chat page and logs the acknowledgement', async () => {
    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
    await waitForStatus(page, 'active');
    const notice = page.locator('[data-qg-first-run-notice]');
    await notice.locator('[data-qg-notice-ok]').waitFor();
    const text = await notice.locator('[role="dialog"]').textContent();
    assert.match(text, /不保存消息正文/);
    assert.match(text, /不会上传/);
    assert.match(text, /180 天后自动删除/);
    await shot(page, 'first-run-notice', false);
    await notice.locator('[data-qg-notice-ok]').click();
    await eventually(async () => (await notice.count()) === 0);
    const passive = await ext.extensionPage('policy.schema.json');
    const [ack] = await eventually(async () => (await readStore(passive, 'log')).filter((r) => r.kind === 'acknowledged'));
    assert.deepEqual(ack.data, { notice: 'first-run', version: 1, scope: 'customer', storeText: false, retentionDays: 180 });
    assert.match(ack.hash, /^[0-9a-f]{64}$/, 'the acknowledgement is chained like every log row');
    await page.reload();
    await waitForStatus(page, 'active');
    await page.waitForTimeout(500);
    assert.equal(await notice.count(), 0, 'shown once');
    await passive.close();
    await page.close();
  });
});

describe('the options page as an admin meets it', () => {
  let ext;
  before(async () => {
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
  });

  it('keeps -5 in the SLA field with one plain error under it, and says 已保存 for 45', async () => {
    const page = await ext.extensionPage('options.html#records');
    const sla = '[data-qg-field="customer.slaMinutes"]';
    await page.fill(sla, '-5');
    await page.locator(sla).blur();
    await page.waitForSelector('[data-qg-save="error"]');
    assert.equal(await page.inputValue(sla), '-5', 'what was typed stays');
    const errors = await page.locator('[data-qg-field-error]').allTextContents();
    assert.deepEqual(errors, ['不能小于 1，请填写例如 30'], 'one error, once');
    const errorFollowsField = await page.evaluate((s) => {
      const field = document.querySelector(s).closest('label');
      return field.nextElementSibling?.matches('[data-qg-field-error]');
    }, sla);
    assert.ok(errorFollowsField, 'the error stands under the SLA field');
    await shot(page, 'options-sla-error');
    await page.fill(sla, '45');
    await page.locator(sla).blur();
    await page.waitForSelector('[data-qg-save="saved"]');
    assert.equal(await page.locator('[data-qg-field-error]').count(), 0);
    assert.equal((await storedPolicy(page)).customer.slaMinutes, 45);
    await page.close();
  });

  it('keeps holidays typed as 2027/2/10 and says how to write them', async () => {
    const page = await ext.extensionPage('options.html#quiet-hours');
    const field = '[data-qg-field="quietHours.holidays"]';
    await page.fill(field, '2027-01-01\n2027/2/10');
    await page.locator(field).blur();
    await page.waitForSelector('[data-qg-field-error]');
    assert.equal(await page.inputValue(field), '2027-01-01\n2027/2/10');
    const error = await page.textContent('[data-qg-field-error]');
    assert.equal(error, '“2027/2/10”：请写成 2027-01-01 这样的日期（年-月-日）');
    assert.doesNotMatch(error, /\\d|\^|\$/, 'no regex shown');
    await shot(page, 'options-holiday-error');
    await page.fill(field, '2027-01-01\n2027-02-10');
    await page.locator(field).blur();
    await page.waitForSelector('[data-qg-save="saved"]');
    assert.deepEqual((await storedPolicy(page)).quietHours.holidays, ['2027-01-01', '2027-02-10']);
    await page.close();
  });

  it('explains bad group patterns without regex jargon or browser messages', async () => {
    const page = await ext.extensionPage('options.html#groups');
    const field = '[data-qg-field="groups.internal"]';
    for (const [pattern, expected] of [
      ['/[销售/', /写法无法识别.*括号/],
      ['/销售(?=部)/', /“\(\?=”不受支持/],
    ]) {
      await page.fill(field, `内部\n${pattern}`);
      await page.locator(field).blur();
      await page.waitForSelector('[data-qg-field-error]');
      const error = await page.textContent('[data-qg-field-error]');
      assert.match(error, expected);
      assert.doesNotMatch(error, /Invalid|regular expression|嵌套量词|反向引用|后行断言/);
      assert.equal(await page.inputValue(field), `内部\n${pattern}`);
    }
    await shot(page, 'options-regex-error');
    await page.close();
  });

  it('lets the admin rename the policy and previews an import in settings’ names, by value', async () => {
    const page = await ext.extensionPage('options.html');
    await page.fill('[data-qg-field="name"]', '华南销售部群规');
    await page.locator('[data-qg-field="name"]').blur();
    await eventually(async () => (await page.textContent('[data-qg-policy-name]')) === '华南销售部群规');
    const current = await storedPolicy(page);
    // The same quiet-hour windows with their keys in another order, and new leaders.
    const file = { schemaVersion: 1, name: '华南销售部群规', quietHours: { windows: current.quietHours.windows.map((w) => ({ end: w.end, start: w.start, days: w.days })) }, customer: { leaders: ['王总'] } };
    await page.setInputFiles('[data-qg-policy-import]', { name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForSelector('[data-qg-policy-preview]');
    const preview = await page.textContent('[data-qg-policy-preview]');
    assert.match(preview, /领导名单：（空） → 王总/);
    assert.doesNotMatch(preview, /时间段|quietHours|customer\.leaders/);
    await shot(page, 'options-import-preview');
    await page.close();
  });

  it('gives leaders and notices their own section', async () => {
    const page = await ext.extensionPage('options.html#leaders');
    await page.waitForSelector('[data-qg-section="leaders"] [data-qg-field="customer.leaders"]');
    assert.equal(await page.locator('[data-qg-section="records"] [data-qg-field="customer.leaders"]').count(), 0);
    await page.close();
  });
});

describe('exports a manager can read, and 校验 a manager can trust', () => {
  let ext;
  before(async () => {
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
  });

  /** Three stored customer messages on 2026-11-20 (UTC 01:55 = 09:55 Beijing), one sender name a formula. */
  async function seedMessages(page) {
    await page.evaluate(
      () =>
        new Promise((done, fail) => {
          const open = indexedDB.open('qunguard');
          open.onsuccess = () => {
            const tx = open.result.transaction('messages', 'readwrite');
            const at = Date.UTC(2026, 10, 20, 1, 55);
            ['王总', '=HYPERLINK("http://x")', '李总'].forEach((senderName, i) =>
              tx.objectStore('messages').put({
                key: `陈经理\u001fdirect\u001f客户-王总\u001fm${i}`, account: '陈经理', site: 'wechat-web', chat: '客户-王总', chatKind: 'direct', msgId: `m${i}`,
                direction: i === 1 ? 'out' : 'in', senderName, type: 'text', textLength: 5, links: [], seenAt: at + i * 1000, chatClass: 'customer', time: at + i * 1000, timeSource: 'first-seen', recalled: 0,
              }),
            );
            tx.oncomplete = () => done(open.result.close());
            tx.onerror = () => fail(tx.error);
          };
          open.onerror = () => fail(open.error);
        }),
    );
  }

  it('writes local times and words in the CSV, and reports a swap, a live formula and the file name in 校验', async () => {
    const page = await ext.extensionPage('options.html');
    await page.waitForSelector('[data-qg-section="stats"]'); // the background has opened the database by now
    await seedMessages(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#export');
    await page.locator('input[type=date]').nth(0).fill('2026-11-01');
    await page.locator('input[type=date]').nth(1).fill('2026-11-30');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-qg-export-run]')]);
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[1], /^2026-11-20 09:55:00,首次看到,陈经理,客户-王总,客户,收,王总,文字,/);
    assert.doesNotMatch(text, /T01:55:00\.000Z|,customer,|,in,/);

    const verify = async (name, csv) => {
      await page.setInputFiles('[data-qg-verify-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.waitForSelector(`[data-qg-verify-of="file"] [data-qg-verify-file-name]:text("${name}")`);
      return page.textContent('[data-qg-verify-of="file"]');
    };
    assert.match(await verify('export.csv', text), /校验通过：3 行/);
    const [head, a, b, c] = text.split('\r\n');
    const swapped = await verify('swapped.csv', [head, a, c, b, ''].join('\r\n'));
    assert.match(swapped, /文件：swapped\.csv/);
    assert.match(swapped, /序号 1 和 2 两行互换了位置/);
    assert.doesNotMatch(swapped, /缺少序号|被删除/, 'no phantom deletions');
    await shot(page, 'verify-swap');
    const live = await verify('formula.csv', text.replace(`"'=HYPERLINK(""http://x"")"`, `"=HYPERLINK(""http://x"")"`));
    assert.match(live, /第 3 行“发送人”列.*会被当作公式运行/);
    await page.close();
  });
});
