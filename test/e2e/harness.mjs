// Shared e2e harness: real Debian Chromium + the built extension + fixtures served at the real chat URLs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURE_DIR = resolve('test/fixtures/wechat-web');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install Debian Chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary. ' +
        `Looked in: ${candidates.join(', ')}`,
    );
  }
  return found;
}

export function fixture(name) {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** The group fixture's message still sending carries a 2019 local id (Date.now() + 4 digits); a live page's is current. */
export const FIXTURE_LOCAL_ID = '15685617865120817';

/** A fixture as a live page would show it today: local ids made from the current time. */
export function liveFixture(name, localId = `${Date.now()}0123`) {
  return fixture(name).replaceAll(FIXTURE_LOCAL_ID, localId);
}

/**
 * Launch Chromium with the extension; returns { context, extensionId, close }. `firstRun: true` keeps the fresh
 * profile's first-run state (the staff notice on the chat page); by default it is acknowledged already, so the card
 * does not cover what other tests click.
 */
export async function launch({ headless = true, firstRun = false } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'qunguard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1200, height: 800 },
    // The page draws its times in the browser's zone: a staff member's machine in China.
    timezoneId: 'Asia/Shanghai',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  // Nothing leaves the machine: every request is answered here.
  const pages = new Map();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const html = pages.get(`${url.origin}${url.pathname}`);
    if (html !== undefined && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.fulfill({ status: 204, body: '' });
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  if (!firstRun) await worker.evaluate(() => chrome.storage.local.set({ firstRunNoticeAck: { version: 1, at: 0 } }));
  return {
    context,
    extensionId,
    /** Serve `html` at `url` (path only matters; the query is free, e.g. ?target=t). */
    serve(url, html) {
      const u = new URL(url);
      pages.set(`${u.origin}${u.pathname}`, html);
    },
    async open(url, html) {
      this.serve(url, html);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Make `{schemaVersion: 1, ...patch}` the local policy (written as the options page would, from an extension page). */
export async function setPolicy(ext, patch) {
  const page = await ext.extensionPage('policy.schema.json');
  await page.evaluate(async (p) => chrome.storage.local.set({ policy: { schemaVersion: 1, ...p } }), patch);
  await page.close();
}

/** Wait until <html data-qg-status> equals `state`. */
export async function waitForStatus(page, state, timeout = 10_000) {
  await page.waitForFunction((s) => document.documentElement.dataset.qgStatus === s, state, { timeout });
}

/** Read a whole object store of the extension's IndexedDB from an extension page with plain IndexedDB calls. */
export async function readStore(extPage, store, dbName = 'qunguard') {
  return extPage.evaluate(
    ([name, storeName]) =>
      new Promise((resolveRows, reject) => {
        const open = indexedDB.open(name);
        // Never create the database from here: a version-1 empty database would block the extension's own
        // versioned open (its upgrade waits for this connection), and nothing would be stored meanwhile.
        let absent = false;
        open.onupgradeneeded = () => {
          absent = true;
          open.transaction.abort();
        };
        open.onerror = () => (absent ? resolveRows([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolveRows([]);
            return;
          }
          const req = db.transaction(storeName).objectStore(storeName).getAll();
          req.onsuccess = () => {
            db.close();
            resolveRows(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [dbName, store],
  );
}

/** Poll until `fn()` returns a truthy value (the extension stores asynchronously). */
export async function eventually(fn, { timeout = 20_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`condition not met within ${timeout} ms (last value: ${JSON.stringify(last)})`);
}

/**
 * Stop the extension's MV3 service worker the way Chrome does when it is idle. CDP's page-level
 * ServiceWorker.stopAllWorkers only reaches the page's own origin, so this uses chrome://serviceworker-internals
 * (the Stop button a developer would press) and reads the worker's state there: Playwright's Worker object does
 * not notice the stop. Returns `runningStatus()` to check the worker later (RUNNING again after a restart).
 */
export async function stopServiceWorker(ext) {
  const internals = await ext.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const status = async () => {
    await internals.reload();
    await internals.getByText('Running Status').first().waitFor({ timeout: 5000 });
    const scope = `chrome-extension://${ext.extensionId}/`;
    const text = await internals.locator('body').innerText();
    const block = text.slice(text.indexOf(scope));
    return /Running Status: (\w+)/.exec(block)?.[1];
  };
  if ((await status()) !== 'RUNNING') throw new Error('the extension service worker is not running');
  await internals.locator('[data-command="stop"]').first().click();
  await eventually(async () => (await status()) === 'STOPPED', { timeout: 10_000 });
  return { runningStatus: status, close: () => internals.close() };
}
