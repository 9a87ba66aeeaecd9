// Real-app e2e support: Tencent's real web WeChat client from ../shared/webwx-real (read at test time, never
// copied here) in Debian Chromium with the built extension. When the folder is absent, suites skip with one line.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, chromiumPath } from './harness.mjs';

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
 * otherwise); `env` lets a suite pin the clock with libfaketime.
 */
export async function launchReal({ timezoneId, env } = {}) {
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
  const ext = {
    context,
    extensionId,
    worker,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** Open the real app (logged in) in a new page of this context; close it with `h.close()` before the context. */
    async openApp(scenario) {
      const mod = await harnessModule();
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      return mod.openRealWebWeChat(context, { ...(scenario ?? mod.defaultScenario()), page });
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}
