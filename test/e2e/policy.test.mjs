// Issue 13 end-to-end: a stored policy that does not validate is kept and reported ("kept, not applied") in the
// options page and the popup, the last good policy stays in force; admin patterns cannot freeze the playground.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { eventually, launch, setPolicy } from './harness.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8'));

let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

const storageGet = (page, key) => page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

describe('a stored policy that does not validate', () => {
  it('is kept as stored, named in the options page and the popup, and the last good policy stays in force', async () => {
    const page = await ext.extensionPage('policy.schema.json');
    await page.evaluate((p) => chrome.storage.local.set({ policy: p }), fixture('stored-v1.json'));
    // The background remembers the valid effective policy after the change.
    await eventually(async () => (await storageGet(page, 'policyEffective'))?.policy?.name === '华南销售部群规');
    const broken = fixture('stored-broken.json');
    await page.evaluate((p) => chrome.storage.local.set({ policy: p }), broken);

    const options = await ext.extensionPage('options.html');
    const notice = options.locator('[data-qg-policy-notice="local-kept"]');
    await notice.waitFor();
    const text = await notice.textContent();
    assert.match(text, /本机保存的群规有误，已原样保留，没有生效/);
    assert.match(text, /现在生效的仍是上一次有效的群规“华南销售部群规”/);
    assert.match(text, /\$\.records\.retentionDays\s*应为整数，实际是 string/);
    assert.equal(await options.textContent('[data-qg-policy-name]'), '华南销售部群规', 'the policy in force is the last good one');
    assert.deepEqual(await storageGet(options, 'policy'), broken, 'the stored policy is untouched');
    assert.equal((await storageGet(options, 'policyEffective')).policy.name, '华南销售部群规');

    const popup = await ext.extensionPage('popup.html');
    const popupNotice = popup.locator('[data-qg-policy-notice="local-kept"]');
    await popupNotice.waitFor();
    assert.match(await popupNotice.textContent(), /没有生效.*上一次有效的群规“华南销售部群规”.*详情请打开设置页/);

    // Saving a valid policy replaces it; the notice goes away.
    await setPolicy(ext, { name: '修正后的群规' });
    await notice.waitFor({ state: 'detached' });
    assert.equal(await options.textContent('[data-qg-policy-name]'), '修正后的群规');
    await eventually(async () => (await storageGet(options, 'policyEffective'))?.policy?.name === '修正后的群规');
    await Promise.all([page.close(), options.close(), popup.close()]);
  });
});

describe('admin patterns in the options playground', () => {
  it('keep the page responsive with /(a|a)+$/ as a group pattern and ^(a|a)+$ as the nickname rule', async () => {
    await setPolicy(ext, { groups: { internal: [], customer: ['/(a|a)+$/'], external: [], ignored: [] }, nickname: { customPattern: '^(a|a)+$' } });
    const options = await ext.extensionPage('options.html#nickname');
    const nick = options.locator('[data-qg-playground-nick]');
    await nick.waitFor();
    const started = Date.now();
    // 37 a's and a !: a backtracking engine needs seconds per keystroke from about 25 characters on.
    await nick.fill('');
    await nick.pressSequentially(`${'a'.repeat(37)}!`);
    await options.getByRole('textbox', { name: '群名', exact: true }).pressSequentially(`${'a'.repeat(37)}!`);
    const verdict = await options.getAttribute('[data-qg-playground-verdict]', 'data-qg-playground-verdict');
    const elapsed = Date.now() - started;
    assert.equal(verdict, 'bad');
    assert.ok(elapsed < 5_000, `76 keystrokes took ${elapsed} ms`);
    // The page still answers at once.
    const ping = Date.now();
    assert.equal(await options.evaluate(() => 1 + 1), 2);
    assert.ok(Date.now() - ping < 500);
    await options.close();
  });
});
