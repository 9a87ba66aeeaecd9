// Issue 5 end-to-end: customer records, reply clock, one-click tag, notice receipts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually, launch, liveFixture, readStore, setPolicy as setPolicyOf, waitForStatus } from './harness.mjs';

let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

const setPolicy = (patch) => setPolicyOf(ext, patch);
async function rows(store, filter) {
  const page = await ext.extensionPage('policy.schema.json');
  const all = await readStore(page, store);
  await page.close();
  return all.filter(filter);
}
/** "HH:MM" in Shanghai, `minutesAgo` before now (what a divider shows). */
function shanghaiClock(minutesAgo) {
  const d = new Date(Date.now() - minutesAgo * 60_000 + 8 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
/** The direct-chat fixture with a time divider on its last (incoming) message. */
function customerChatWaiting(minutesAgo) {
  const html = liveFixture('direct-chat.html');
  const marker = '<div ng-switch-default="" class="message ng-scope you">';
  const at = html.lastIndexOf(marker) + marker.length;
  return `${html.slice(0, at)}<div class="message_system ng-scope"><div class="content ng-binding ng-scope">${shanghaiClock(minutesAgo)}</div></div>${html.slice(at)}`;
}
const CLOCK_ALWAYS = { slaMinutes: 1, pauseOutsideBusinessHours: false, pauseInQuietHours: false };

describe('customer records', () => {
  it('records a customer 1:1 chat once, with its class and time source, also after a re-render', async () => {
    await setPolicy({});
    const page = await ext.open('https://wx.qq.com/', liveFixture('direct-chat.html'));
    await waitForStatus(page, 'active');
    const stored = await eventually(async () => {
      const r = await rows('messages', (m) => m.chat === '客户-王总');
      return r.length === 3 && r;
    });
    assert.deepEqual(stored.map((r) => [r.direction, r.chatClass, r.timeSource]).sort(), [
      ['in', 'customer', 'divider'],
      ['in', 'customer', 'first-seen'],
      ['out', 'customer', 'first-seen'],
    ]);
    await page.evaluate(() => {
      const item = document.querySelector('[ng-repeat^="message in chatContent"]');
      item.replaceWith(item.cloneNode(true));
    });
    await page.waitForTimeout(800);
    assert.equal((await rows('messages', (m) => m.chat === '客户-王总')).length, 3);
    await page.close();
  });

  it('records a customer group and leaves internal groups alone by default', async () => {
    await setPolicy({});
    const page = await ext.open('https://wx2.qq.com/', liveFixture('group-chat.html').replaceAll('销售协作群', '客户-华东渠道群'));
    await waitForStatus(page, 'active');
    await eventually(async () => (await rows('messages', (m) => m.chat === '客户-华东渠道群')).length === 7);
    const internal = await ext.open('https://wx8.qq.com/', liveFixture('group-chat.html').replaceAll('销售协作群', '内部周会群'));
    await waitForStatus(internal, 'active');
    await internal.waitForTimeout(1000);
    assert.equal((await rows('messages', (m) => m.chat === '内部周会群')).length, 0);
    await page.close();
    await internal.close();
  });
});

describe('reply clock', () => {
  it('shows 未回复 once a customer message waits past the threshold', async () => {
    await setPolicy({ customer: CLOCK_ALWAYS });
    const page = await ext.open('https://wx.qq.com/', customerChatWaiting(5));
    await waitForStatus(page, 'active');
    const header = page.locator('qg-chat-class');
    await eventually(async () => (await header.getAttribute('data-qg-sla-overdue')) === 'true');
    assert.ok(Number(await header.getAttribute('data-qg-sla-minutes')) >= 4);
    assert.match(await header.locator('.overdue').textContent(), /^未回复 \d+ 分钟$/); // 5 or a bit more on a slow machine
    await page.close();
  });

  it('shows no clock after our reply', async () => {
    await setPolicy({ customer: CLOCK_ALWAYS });
    const page = await ext.open('https://wx.qq.com/', customerChatWaiting(5));
    await waitForStatus(page, 'active');
    await page.evaluate(() => {
      const list = document.querySelector('#chatArea [mm-repeat^="message in chatContent"]');
      const mine = [...document.querySelectorAll('[ng-repeat^="message in chatContent"]')].find((i) => i.querySelector('.message.me'));
      const reply = mine.cloneNode(true);
      const bubble = reply.querySelector('.js_message_bubble');
      bubble.setAttribute('data-cm', bubble.getAttribute('data-cm').replace('4176257714766080002', '4176257714766089999'));
      list.insertBefore(reply, list.lastElementChild);
    });
    const header = page.locator('qg-chat-class');
    await eventually(async () => (await header.getAttribute('data-qg-chat-class')) === 'customer' && (await header.getAttribute('data-qg-sla-minutes')) === null);
    await page.close();
  });
});

describe('one-click chat tag', () => {
  it('keeps a staff member’s class for a chat across reloads', async () => {
    await setPolicy({});
    const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html').replaceAll('销售协作群', '老客户交流群'));
    await waitForStatus(page, 'active');
    const header = page.locator('qg-chat-class');
    await eventually(async () => (await header.getAttribute('data-qg-chat-class')) === 'customer');
    await header.locator('[data-qg-tag]').selectOption('internal');
    await eventually(async () => (await header.getAttribute('data-qg-chat-class')) === 'internal');
    await page.reload();
    await waitForStatus(page, 'active');
    await eventually(async () => (await page.locator('qg-chat-class').getAttribute('data-qg-chat-class')) === 'internal');
    await page.close();
  });
});

describe('notice receipts', () => {
  it('counts who acknowledged a notice in an internal group', async () => {
    await setPolicy({ groups: { internal: ['协作群'], customer: ['客户'], external: [], ignored: [] }, customer: { noticeSenders: ['销售部-张三'] } });
    const html = liveFixture('group-chat.html')
      .replace('各位，本周五前把Q3报价单发我', '【通知】本周五前把Q3报价单发我')
      .replace('>14:53</div>', `>${shanghaiClock(10)}</div>`);
    const page = await ext.open('https://wx.qq.com/', html);
    await waitForStatus(page, 'active');
    const badge = page.locator('qg-notice-receipt');
    await badge.waitFor();
    // Members: 陈经理 (me, replied 收到), 李四, 市场部 王五; the sender 销售部-张三 does not count.
    await eventually(async () => (await badge.getAttribute('data-replied')) === '1');
    assert.equal(await badge.getAttribute('data-total'), '3');
    assert.match(await badge.locator('span').textContent(), /已回复 1\/3/);
    assert.match(await badge.locator('span').getAttribute('title'), /未回复：李四、市场部 王五/);
    const logged = await eventually(async () => {
      const r = await rows('log', (l) => l.kind === 'notice');
      return r.length >= 2 && r;
    });
    assert.deepEqual(logged.map((l) => l.data.type).sort(), ['notice', 'receipt']);
    await page.close();
  });
});

describe('the 客户记录 options section', () => {
  it('shows storage use and the daily reply figures of customer chats', async () => {
    const options = await ext.extensionPage('options.html#records');
    await options.waitForSelector('[data-qg-section="storage"]');
    assert.match(await options.textContent('[data-qg-section="storage"]'), /已用 .* MB/);
    await options.waitForSelector('[data-qg-figures]');
    assert.match(await options.textContent('[data-qg-figures]'), /客户-王总/);
    await options.close();
  });
});

describe('export for managers', () => {
  it('downloads a CSV for Excel whose rows match the database', async () => {
    const { readFile } = await import('node:fs/promises');
    const options = await ext.extensionPage('options.html#export');
    await options.waitForSelector('[data-qg-export-run]');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-qg-export-run]')]);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM first');
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    assert.match(lines[0], /^时间,时间来源,账号,聊天,分类,方向.*,序号,哈希$/);
    const stored = await rows('messages', () => true);
    assert.equal(lines.length - 1, stored.length);
    assert.ok(stored.every((r) => text.includes(r.msgId)), 'every stored message is in the file');
    await options.waitForSelector('[data-qg-export-result]');
    assert.match(await options.textContent('[data-qg-export-result]'), new RegExp(`已导出 ${stored.length} 条`));
    // The same CSV verifies in 校验; a copy with one cell changed (as if edited in Excel) does not.
    await options.setInputFiles('[data-qg-verify-file]', { name: 'export.csv', mimeType: 'text/csv', buffer: bytes });
    await options.waitForSelector('[data-qg-verify-of="file"][data-qg-verify-result="ok"]');
    const edited = Buffer.from(bytes.toString('utf8').replace(stored[0].msgId, '1'));
    await options.setInputFiles('[data-qg-verify-file]', { name: 'edited.csv', mimeType: 'text/csv', buffer: edited });
    await options.waitForSelector('[data-qg-verify-of="file"][data-qg-verify-result="problems"]');
    assert.match(await options.textContent('[data-qg-verify-of="file"]'), /的内容被改动/);
    await options.close();
  });
});

describe('tamper evidence', () => {
  it('verifies a JSON export and reports an edited row', async () => {
    const { readFile } = await import('node:fs/promises');
    const options = await ext.extensionPage('options.html#export');
    await options.selectOption('[data-qg-export-format]', 'json');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-qg-export-run]')]);
    const text = await readFile(await download.path(), 'utf8');
    const data = JSON.parse(text);
    assert.equal(data.manifest.count, data.rows.length);
    assert.match(data.manifest.store.hash, /^[0-9a-f]{64}$/, 'the manifest pins the database chain head');
    await options.setInputFiles('[data-qg-verify-file]', { name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.waitForSelector('[data-qg-verify-result="ok"]');
    data.rows[0].row.senderName = '改过的人';
    await options.setInputFiles('[data-qg-verify-file]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await options.waitForSelector('[data-qg-verify-result="problems"]');
    assert.match(await options.textContent('[data-qg-verify-of="file"]'), /序号 0 的内容被改动/);
    // Team view: the same export twice plus the edited copy merge without duplicates; the edited file is flagged.
    await options.setInputFiles('[data-qg-team-files]', [
      { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) },
      { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) },
      { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) },
    ]);
    await options.waitForSelector('[data-qg-team-summary]');
    assert.match(await options.textContent('[data-qg-team-summary]'), new RegExp(`合并后 ${data.rows.length} 行`));
    assert.match(await options.textContent('[data-qg-team-files-result]'), /edited\.json.*问题/s);
    assert.match(await options.textContent('[data-qg-team-staff]'), /陈经理/);
    await options.close();
  });
});

describe('tamper evidence at rest', () => {
  it('verifies the chain in the local database and reports a row edited behind QunGuard', async () => {
    const options = await ext.extensionPage('options.html#export');
    await options.click('[data-qg-verify-store]');
    await options.waitForSelector('[data-qg-verify-of="store"][data-qg-verify-result="ok"]');
    assert.match(await options.textContent('[data-qg-verify-of="store"]'), /数据库校验通过/);
    // Edit one stored message directly in IndexedDB, as someone with access to the profile could.
    const editOne = (senderName) =>
      options.evaluate(
        (name) =>
          new Promise((done, fail) => {
            const open = indexedDB.open('qunguard');
            open.onsuccess = () => {
              const tx = open.result.transaction('messages', 'readwrite');
              const cursor = tx.objectStore('messages').index('seq').openCursor();
              cursor.onsuccess = () => {
                const row = cursor.result.value;
                const before = row.senderName;
                row.senderName = name ?? row.originalSender;
                row.originalSender = name ? before : undefined;
                if (!name) delete row.originalSender;
                cursor.result.update(row);
              };
              tx.oncomplete = () => done(open.result.close());
              tx.onerror = () => fail(tx.error);
            };
          }),
        senderName,
      );
    await editOne('改过的人');
    await options.click('[data-qg-verify-store]');
    await options.waitForSelector('[data-qg-verify-of="store"][data-qg-verify-result="problems"]');
    assert.match(await options.textContent('[data-qg-verify-of="store"]'), /（消息） 的内容被改动/);
    await editOne(null); // restore, so the database is intact again
    await options.click('[data-qg-verify-store]');
    await options.waitForSelector('[data-qg-verify-of="store"][data-qg-verify-result="ok"]');
    await options.close();
  });
});

describe('dashboard', () => {
  it('renders the charts from the local records (screenshot in test-results/)', async () => {
    const { mkdirSync } = await import('node:fs');
    const options = await ext.extensionPage('options.html#overview');
    await options.setViewportSize({ width: 1200, height: 1400 });
    await options.waitForSelector('[data-qg-section="dashboard"]');
    await options.waitForSelector('[data-qg-chart="messages"] canvas');
    await options.waitForSelector('[data-qg-chart="decisions"]');
    assert.ok((await options.locator('[data-qg-section="dashboard"] canvas').count()) >= 2, 'charts are drawn');
    mkdirSync('test-results', { recursive: true });
    await options.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
    await options.close();
  });
});
