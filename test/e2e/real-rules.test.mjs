// Issue 12 on Tencent's real web WeChat client (../shared/webwx-real), default policy: a business term goes
// through in the customer's own chat (客户-刘总) with no dialog, warns in an unclassified group, and personal data
// still warns in the customer's chat. Clock pinned to a working day, 10:00 Beijing (no quiet hours, no holiday).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SKIP_REAL, cancelDialog, guardDialog, launchReal, pinBeijingClock, typeInEditor } from './real-app.mjs';

describe('business terms judged by destination on the real web WeChat app (weekday 10:00 Beijing, default policy)', { skip: SKIP_REAL }, () => {
  let ext;
  let h;
  let page;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
    h = await ext.openActiveApp();
    page = h.page;
  });
  after(async () => {
    await h?.close();
    await ext?.close();
  });

  const editorText = () => page.locator('#editArea').innerText();

  it('a contract note to the customer 1:1 (客户-刘总) goes out once on Enter with no dialog', async () => {
    await h.openChat('liuzong');
    await typeInEditor(page, '刘总您好，合同今天下午寄出');
    await page.keyboard.press('Enter');
    await h.waitForSent(1);
    assert.equal(await guardDialog(page).count(), 0);
    assert.equal(h.sent.at(-1).Msg.Content, '刘总您好，合同今天下午寄出');
  });

  it('a quote sheet with its link in the customer chat goes out too', async () => {
    await typeInEditor(page, '刘总，报价单今天发您，链接 https://pan.example.com/s/q3');
    await page.keyboard.press('Enter');
    await h.waitForSent(2);
    assert.equal(await guardDialog(page).count(), 0);
  });

  it('an ID number in the customer chat still opens the send dialog', async () => {
    await typeInEditor(page, '您的身份证号110105199003072215我登记好了');
    await page.keyboard.press('Enter');
    assert.equal(await guardDialog(page).getAttribute('data-qg-dialog'), 'send');
    await cancelDialog(page);
    await page.evaluate(() => (document.getElementById('editArea').innerHTML = ''));
    assert.equal(h.sent.length, 2);
  });

  it('the 底价 in an unclassified group opens the send dialog and sends nothing', async () => {
    await h.openChat('sales');
    await typeInEditor(page, '这单底价8.5折');
    await page.keyboard.press('Enter');
    assert.equal(await guardDialog(page).getAttribute('data-qg-dialog'), 'send');
    assert.match(await guardDialog(page).textContent(), /底价/);
    await cancelDialog(page);
    assert.equal((await editorText()).trim(), '这单底价8.5折');
    assert.equal(h.sent.length, 2);
  });
});
