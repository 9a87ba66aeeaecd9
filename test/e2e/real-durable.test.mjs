// Issue 13 on Tencent's real web WeChat client: nothing produced is lost when a tab closes mid-burst, and a chat
// tab open during an extension update is guarded again within a second (weekday 10:00 Beijing, default policy).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { eventually, readStore } from './harness.mjs';
import { SKIP_REAL, guardDialog, launchReal, pinBeijingClock, typeInEditor } from './real-app.mjs';

describe('durable delivery and updates on the real web WeChat app', { skip: SKIP_REAL }, () => {
  let ext;
  const clock = pinBeijingClock('2026-12-02 10:00');
  beforeEach(async () => {
    ext = await launchReal(clock);
  });
  afterEach(async () => ext?.close());


  it('keeps every message the content script read when its tab closes in the middle of a 500-message burst, each once', async () => {
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('liuzong');
    const shownIds = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#chatArea .message [data-cm*="msgId"]')].map((el) => /"msgId":"(\d+)"/.exec(el.getAttribute('data-cm'))?.[1]).filter(Boolean),
      );
    const before = new Set(await shownIds());
    for (let i = 0; i < 500; i++) h.pushMessage({ chat: 'liuzong', from: 'liuzong', text: `第 ${i + 1} 条：请确认发货时间` });
    // Mid-burst: as soon as the page shows messages of the burst, close the tab, sooner than the outbox's batch
    // delay (50 ms), so what the content script read is not yet acknowledged: only its durable copy can save it.
    const shown = await eventually(async () => {
      const fresh = (await shownIds()).filter((id) => !before.has(id));
      return fresh.length > 0 && fresh;
    }, { timeout: 30_000, interval: 10 });
    // While the app is busy rendering the burst, the content script's delivery waits: what it read sits in its
    // durable copy, not yet acknowledged. Close the tab then (or, on a fast machine where it was delivered
    // already, right away): everything it had read must be stored once either way.
    const ext2 = await ext.extensionPage('policy.schema.json');
    const pendingIds = async () => {
      const all = await ext2.evaluate(() => chrome.storage.local.get(null));
      return Object.entries(all).filter(([k]) => k.startsWith('outbox:')).flatMap(([, v]) => v.events.map((e) => e.message?.msgId)).filter(Boolean);
    };
    // Wait until the content script has read some of the burst (its copy or the database has one of them).
    let copied = [];
    let storedBeforeClose = [];
    await eventually(async () => {
      copied = await pendingIds();
      storedBeforeClose = (await readStore(ext2, 'messages')).map((m) => m.msgId);
      return shown.some((id) => copied.includes(id) || storedBeforeClose.includes(id));
    }, { timeout: 30_000, interval: 10 });
    await ext2.close();
    await h.close();
    await page.close();
    const wanted = [...new Set(shown.filter((id) => copied.includes(id) || storedBeforeClose.includes(id)))];
    assert.ok(wanted.length > 0, 'the content script read messages of the burst');
    console.log(`# ${wanted.filter((id) => !storedBeforeClose.includes(id)).length} of ${wanted.length} messages were only in the durable copy at close`);
    const rows = await eventually(async () => {
      const all = (await ext.stored('messages')).filter((m) => m.chat === '客户-刘总');
      return wanted.every((id) => all.some((m) => m.msgId === id)) && all;
    });
    for (const id of wanted) assert.equal(rows.filter((m) => m.msgId === id).length, 1, `message ${id} stored once`);
  });

  it('guards a chat tab that stayed open while the extension was updated, within a second', async () => {
    const h = await ext.openActiveApp();
    const { page } = h;
    await h.openChat('liuzong');
    const worker = ext.worker;
    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies with the reload
    await restarted;
    // The new content script announces itself in the page; the orphaned one has torn down.
    await page.waitForFunction(() => document.documentElement.dataset.qgGuard === 'ready', null, { timeout: 5000 });
    const readyAt = Date.now();
    await typeInEditor(page, '客户身份证 11010519880312041X');
    await page.keyboard.press('Enter');
    await guardDialog(page).waitFor({ timeout: 1000 + (Date.now() - readyAt) });
    assert.equal(h.sent.length, 0);
    assert.equal(await page.locator('qg-guard-dialog').count(), 1, 'one guard, not two');
    await h.close();
  });
});
