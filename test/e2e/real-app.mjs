// Real-app e2e support: Tencent's real web WeChat client from ../shared/webwx-real (read at test time, never
// copied here) in Debian Chromium with the built extension. When the folder is absent, suites skip with one line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, chromiumPath, readStore } from './harness.mjs';

const REAL_DIR = resolve('../shared/webwx-real');
export const REAL_APP_AVAILABLE = existsSync(join(REAL_DIR, 'harness.mjs'));
/** node:test `skip` option for real-app suites: one line saying why, or false. */
export const SKIP_REAL = REAL_APP_AVAILABLE ? false : `../shared/webwx-real is absent on this machine: real web WeChat suite skipped`;

let realHarness;
async function harnessModule() {
  realHarness ??= await import(pathToFileURL(join(REAL_DIR, 'harness.mjs')).href);
  return realHarness;
}

export async function defaultScenario() {
  return (await harnessModule()).defaultScenario();
}

/**
 * Launch Chromium with the extension. `timezoneId` emulates the browser's time zone (the machine's is kept
 * otherwise); `env` lets a suite pin the clock with libfaketime; `firstRun` keeps the staff notice unacknowledged.
 */
export async function launchReal({ timezoneId, env, firstRun = false } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'qunguard-real-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    timezoneId,
    env: env ? { ...process.env, ...env } : undefined,
    viewport: { width: 1280, height: 860 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // The staff notice shows once per profile; acknowledged here unless a test is about the first run.
  if (!firstRun) await worker.evaluate(() => chrome.storage.local.set({ firstRunNoticeAck: { version: 1, at: 0 } }));
  const ext = {
    context,
    extensionId,
    worker,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** Open the real app (logged in) in a page of this context; close it with `h.close()` before the context. One per context. */
    async openApp(scenario) {
      const mod = await harnessModule();
      const page = scenario?.page ?? context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      return mod.openRealWebWeChat(context, { ...(scenario ?? mod.defaultScenario()), page });
    },
    /** Open the real app and wait until QunGuard says the page is active (the set-up most tests share). */
    async openActiveApp(scenario) {
      const h = await ext.openApp(scenario);
      await h.page.waitForFunction(() => document.documentElement.dataset.qgStatus === 'active');
      return h;
    },
    /** Rows of one database store, read from a passive extension page (the options page would wake the worker). */
    async stored(store) {
      const page = await ext.extensionPage('policy.schema.json');
      try {
        return await readStore(page, store);
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}

const systemNow = Date.now.bind(Date);

/** The machine's real time, also when this process runs under libfaketime (read by a `date` without it). */
function realNow() {
  if (!process.env.FAKETIME && !process.env.LD_PRELOAD?.includes('faketime')) return systemNow();
  const env = { ...process.env };
  delete env.FAKETIME;
  delete env.LD_PRELOAD;
  return Number(execFileSync('date', ['+%s%3N'], { env }).toString().trim());
}
const LIBFAKETIME = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'].find((p) => existsSync(p));

/**
 * Pin the clock of this test process and of the Chromium it launches to `beijingTime` ('2026-12-02 10:00'), then
 * let it run: quiet hours and reply clocks depend on it, and CI runs at any hour. Chromium gets a libfaketime
 * offset (an absolute FAKETIME stalls Chromium's start-up; a relative one works), this process a shifted
 * Date.now, so the mock backend's message times agree with the page's clock. Returns the `launchReal` options.
 */
export function pinBeijingClock(beijingTime) {
  if (!LIBFAKETIME) throw new Error('libfaketime is missing: apt-get install -y faketime (the e2e suite pins the clock with it)');
  const target = Date.parse(`${beijingTime.replace(' ', 'T')}:00+08:00`);
  // Chromium's FAKETIME replaces any the suite itself runs under (`faketime … npm run test:e2e`), so its offset
  // counts from the real clock, not from this process's shifted one.
  const offsetS = Math.round((target - realNow()) / 1000);
  const pinnedAt = systemNow();
  Date.now = () => target + (systemNow() - pinnedAt);
  return { timezoneId: 'Asia/Shanghai', env: { LD_PRELOAD: LIBFAKETIME, FAKETIME: `${offsetS >= 0 ? '+' : ''}${offsetS}`, TZ: 'Asia/Shanghai' } };
}

/** The guard dialog in the page (open shadow root: Playwright locators pierce it). */
export const guardDialog = (page) => page.locator('qg-guard-dialog [role="dialog"]');
export const guardNotice = (page) => page.locator('qg-guard-dialog [data-qg-notice]');

/** Confirm the open dialog with a reason (仍然发送 / 仍然转发). */
export async function sendAnyway(page, reason = '客户确认需要') {
  const dialog = guardDialog(page);
  await dialog.waitFor();
  const field = dialog.locator('textarea[data-qg-reason]');
  if (await field.count()) await field.fill(reason);
  await dialog.locator('[data-qg-action="send-anyway"]').click();
  await dialog.waitFor({ state: 'detached' });
}

export async function cancelDialog(page) {
  const dialog = guardDialog(page);
  await dialog.waitFor();
  await dialog.locator('[data-qg-action="cancel"]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Type into the real editor as a person does (click, type). */
export async function typeInEditor(page, text) {
  await page.click('#editArea');
  await page.keyboard.type(text);
}
