// npm run demo — Chromium with the built extension on the local replica of web WeChat (no account needed).
// With a display it opens a real window and keeps it open until you close it; without one it saves screenshots.
import { liveFixture, launch, waitForStatus } from '../test/e2e/harness.mjs';

const headless = !process.env.DISPLAY && process.platform === 'linux';
const ext = await launch({ headless });
const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
await waitForStatus(page, 'active');
const tabId = await (async () => {
  const probe = await ext.extensionPage('options.html');
  const id = await probe.evaluate(async () => (await chrome.tabs.query({ url: 'https://wx.qq.com/*' }))[0]?.id);
  await probe.close();
  return id;
})();
const popup = await ext.extensionPage(`popup.html?tab=${tabId}`);
await popup.waitForSelector('[data-qg-popup-status]');
console.log('QunGuard status on the replica page:', await page.evaluate(() => document.documentElement.dataset.qgStatus));
console.log('Popup says:', (await popup.textContent('.headline'))?.trim());
if (headless) {
  await page.screenshot({ path: 'demo-page.png' });
  await popup.setViewportSize({ width: 360, height: 220 });
  await popup.screenshot({ path: 'demo-popup.png' });
  console.log('No display found: saved demo-page.png and demo-popup.png. Run with a display to get a live window.');
  await ext.close();
} else {
  console.log('Chromium is open with QunGuard loaded. Close the window (or press Ctrl+C) to end the demo.');
  await new Promise((resolve) => ext.context.on('close', resolve));
}
