// Issue 13 on Tencent's real web WeChat client: every class of invisible character the issue names is noise
// between a term's characters, for a warned business term (底价, in an unclassified group), a blocked term (赌博,
// the block preset) and an ID number split by dots or U+200B. One browser for all cases: each one types,
// sees the dialog, checks what it found and where, cancels and clears the editor. Weekday 10:00 Beijing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SKIP_REAL, cancelDialog, guardDialog, launchReal, pinBeijingClock } from './real-app.mjs';

/** One of each class: bidi marks, overrides and isolates, joiners, variation selectors, Hangul fillers. */
const INVISIBLE = [
  ['U+200E LEFT-TO-RIGHT MARK', '\u200E'],
  ['U+202E RIGHT-TO-LEFT OVERRIDE', '\u202E'],
  ['U+2066 LEFT-TO-RIGHT ISOLATE', '\u2066'],
  ['U+034F COMBINING GRAPHEME JOINER', '\u034F'],
  ['U+FE0F VARIATION SELECTOR-16', '\uFE0F'],
  ['U+3164 HANGUL FILLER', '\u3164'],
  ['U+115F HANGUL CHOSEONG FILLER', '\u115F'],
  ['U+FFA0 HALFWIDTH HANGUL FILLER', '\uFFA0'],
  ['U+200B ZERO WIDTH SPACE', '\u200B'],
];

describe('invisible characters inside terms and numbers on the real web WeChat app (weekday 10:00 Beijing, default policy)', { skip: SKIP_REAL }, () => {
  let ext;
  let h;
  let page;
  before(async () => {
    ext = await launchReal(pinBeijingClock('2026-12-02 10:00'));
    h = await ext.openActiveApp();
    page = h.page;
    await h.openChat('sales'); // an unclassified group: business terms warn here
  });
  after(async () => {
    await h?.close();
    await ext?.close();
  });

  /**
   * Put `text` in the editor the way an input method commits it (keyboard.type cannot type most of these
   * characters), press Enter, and return what the dialog found: its rules, whether it blocks, the marked text.
   * Then cancel and clear the editor.
   */
  async function sendAndReadDialog(text) {
    await page.click('#editArea');
    await page.keyboard.insertText(text);
    assert.equal(await page.locator('#editArea').evaluate((el) => el.textContent), text, 'the editor holds the characters as typed');
    await page.keyboard.press('Enter');
    const dialog = guardDialog(page);
    await dialog.waitFor();
    const found = {
      rules: await dialog.locator('li[data-qg-rule]').evaluateAll((items) => items.map((li) => li.dataset.qgRule)),
      blocked: (await dialog.getAttribute('data-qg-blocked')) !== null,
      marked: await dialog.locator('mark').allTextContents(),
    };
    await cancelDialog(page);
    await page.click('#editArea');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    assert.equal((await page.locator('#editArea').innerText()).trim(), '');
    return found;
  }

  it('sends 底好价表 (a visible character between) with no dialog: only noise is skipped', async () => {
    await page.click('#editArea');
    await page.keyboard.insertText('这份底好价表请查收');
    await page.keyboard.press('Enter');
    await h.waitForSent(1);
    assert.equal(await guardDialog(page).count(), 0);
    assert.equal(h.sent[0].Msg.Content, '这份底好价表请查收');
  });

  for (const [name, noise] of INVISIBLE) {
    it(`warns about 底价 with ${name} between its characters, marking both and the character between`, async () => {
      const found = await sendAndReadDialog(`这份底${noise}价表请查收`);
      assert.deepEqual(found, { rules: ['term:business:底价'], blocked: false, marked: [`底${noise}价`] });
    });

    it(`blocks 赌博 with ${name} between its characters`, async () => {
      const found = await sendAndReadDialog(`周末一起去赌${noise}博吗`);
      assert.deepEqual(found, { rules: ['term:gambling:赌博'], blocked: true, marked: [`赌${noise}博`] });
    });
  }

  for (const [how, id] of [
    ['dots', '110105.19880312.041X'],
    ['U+200B', '110105\u200B19880312\u200B041X'],
  ]) {
    it(`warns about an ID number with ${how} between its groups`, async () => {
      const found = await sendAndReadDialog(`身份证号${id}，麻烦登记`);
      assert.deepEqual(found, { rules: ['pii:idCard'], blocked: false, marked: [id] });
    });
  }

  it('sent nothing but the control message', () => {
    assert.equal(h.sent.length, 1);
  });
});
