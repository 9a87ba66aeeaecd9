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

  const storedMessages = async () => {
    const page = await ext.extensionPage('policy.schema.json');
    const rows = await readStore(page, 'messages');
    await page.close();
    return rows;
  };

  it('keeps every message the page showed when the tab closes in the middle of a 500-message burst, each once', async () => {
    const h = await ext.openApp();
    const { page } = h;
    await page.waitForFunction(() => document.documentElement.dataset.qgStatus === 'active');
    await h.openChat('liuzong');
    for (let i = 0; i < 500; i++) h.pushMessage({ chat: 'liuzong', from: 'liuzong', text: `第 ${i + 1} 条：请确认发货时间` });
    // Mid-burst: note what the page shows, give the content script a moment to read it, then close the tab.
    await page.waitForFunction(() => document.querySelectorAll('#chatArea .message [data-cm]').length >= 10, null, { timeout: 20_000 });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('#chatArea .message [data-cm]')].map((el) => {
        try {
          return JSON.parse(el.getAttribute('data-cm')).msgId;
        } catch {
          return null;
        }
      }).filter(Boolean),
    );
    await page.waitForTimeout(30); // shorter than the outbox's batch delay: most of it is not yet acknowledged
    await h.close();
    await page.close();
    const wanted = [...new Set(shown)];
    assert.ok(wanted.length >= 5, `the page showed ${wanted.length} messages`);
    const rows = await eventually(async () => {
      const all = (await storedMessages()).filter((m) => m.chat === '客户-刘总');
      return wanted.every((id) => all.some((m) => m.msgId === id)) && all;
    }, { timeout: 15_000 });
    for (const id of wanted) assert.equal(rows.filter((m) => m.msgId === id).length, 1, `message ${id} stored once`);
  });

  it('guards a chat tab that stayed open while the extension was updated, within a second', async () => {
    const h = await ext.openApp();
    const { page } = h;
    await page.waitForFunction(() => document.documentElement.dataset.qgStatus === 'active');
    await h.openChat('liuzong');
    const worker = ext.worker;
    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies with the reload
    await restarted;
    // The new content script announces itself in the page; the orphaned one has torn down.
    await page.waitForFunction(() => document.documentElement.dataset.qgGuard === 'ready', null, { timeout: 5000 });
    const readyAt = Date.now();
    await typeInEditor(page, '底价表明天发');
    await page.keyboard.press('Enter');
    await guardDialog(page).waitFor({ timeout: 1000 + (Date.now() - readyAt) });
    assert.equal(h.sent.length, 0);
    assert.equal(await page.locator('qg-guard-dialog').count(), 1, 'one guard, not two');
    await h.close();
  });
});
