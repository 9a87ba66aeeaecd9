// Issue 12's 脱敏后发送 on Tencent's real web WeChat client (../shared/webwx-real): personal data in a customer
// chat → the send dialog offers the masked text → the app sends the masked text exactly once, and the audit says
// masked-sent; 取消 still sends nothing (weekday 10:00 Beijing, default policy).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from './harness.mjs';
import { SKIP_REAL, cancelDialog, guardDialog, launchReal, pinBeijingClock, typeInEditor } from './real-app.mjs';

// A valid resident ID (check character X) and a mobile number.
const TEXT = '刘总，您的身份证号 11010519880312041X，手机 13812341234，请核对';
const MASKED = '刘总，您的身份证号 110105********041X，手机 138****1234，请核对';

describe('脱敏后发送 on the real web WeChat app (weekday 10:00 Beijing, default policy)', { skip: SKIP_REAL }, () => {
  let ext;
  let h;
  let page;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
    h = await ext.openActiveApp();
    page = h.page;
    await h.openChat('liuzong');
  });
  after(async () => {
    await h?.close();
    await ext?.close();
  });

  const sentTexts = () => h.sent.map((b) => b.Msg.Content);
  const editorText = async () => (await page.locator('#editArea').innerText()).trim();
  const decisionEntries = async () => {
    const rows = await ext.stored('log');
    return rows.filter((r) => r.kind === 'decision').map((r) => r.data);
  };

  it('offers 脱敏后发送 with the masked text for an ID number and a mobile number, and 取消 sends nothing', async () => {
    await typeInEditor(page, TEXT);
    await page.keyboard.press('Enter');
    const dialog = guardDialog(page);
    await dialog.waitFor();
    assert.equal(await dialog.locator('[data-qg-action="mask-send"]').textContent(), '脱敏后发送');
    assert.equal(await dialog.locator('[data-qg-masked]').textContent(), `将发送：${MASKED}`);
    await cancelDialog(page);
    await page.waitForTimeout(300);
    assert.equal(h.sent.length, 0);
    assert.equal(await editorText(), TEXT, '取消 leaves the text as it was');
  });

  it('脱敏后发送 makes the app send the masked text exactly once and logs masked-sent', async () => {
    await page.keyboard.press('Enter');
    const dialog = guardDialog(page);
    await dialog.waitFor();
    await dialog.locator('[data-qg-action="mask-send"]').click();
    await h.waitForSent(1);
    await page.waitForTimeout(600);
    assert.deepEqual(sentTexts(), [MASKED]);
    assert.equal(await guardDialog(page).count(), 0, 'the masked text is not asked about again');
    assert.equal(await editorText(), '');
    const masked = await eventually(async () => (await decisionEntries()).find((d) => d.decision === 'masked-sent'));
    assert.equal(masked.masked, 2);
    assert.deepEqual(masked.categories.sort(), ['pii:idCard', 'pii:mobile']);
    assert.equal(masked.text, undefined, 'no message text in the audit by default');
  });

  it('works the same from the 发送 button', async () => {
    await typeInEditor(page, `再发一次：${TEXT}`);
    await page.click('.btn_send');
    const dialog = guardDialog(page);
    await dialog.waitFor();
    await dialog.locator('[data-qg-action="mask-send"]').click();
    await h.waitForSent(2);
    await page.waitForTimeout(600);
    assert.deepEqual(sentTexts(), [MASKED, `再发一次：${MASKED}`]);
  });

  it('keeps line breaks when it masks a message of several lines', async () => {
    await page.click('#editArea');
    await page.keyboard.type('刘总：');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('手机 13812341234');
    await page.keyboard.press('Enter');
    const dialog = guardDialog(page);
    await dialog.waitFor();
    await dialog.locator('[data-qg-action="mask-send"]').click();
    await h.waitForSent(3);
    await page.waitForTimeout(600);
    assert.equal(sentTexts().at(-1), '刘总：\n手机 138****1234');
    assert.equal(h.sent.length, 3);
  });
});
