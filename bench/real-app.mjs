// On Tencent's real web WeChat client (../shared/webwx-real): when the guard is in place and ready after a
// navigation, against the first moment the page could send (its editor exists). Skipped without that folder.
import { REAL_APP_AVAILABLE, defaultScenario, launchReal } from '../test/e2e/real-app.mjs';

export async function guardReadinessBench({ runs = 3 } = {}) {
  if (!REAL_APP_AVAILABLE) return null;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const ext = await launchReal();
    try {
      const page = await ext.context.newPage();
      // In the page's own world, before its scripts: note when the editor first exists (the page can send).
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.getElementById('editArea')) return;
          document.documentElement.dataset.benchEditorMs = String(Math.round(performance.now()));
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const h = await ext.openApp({ ...(await defaultScenario()), page });
      const read = async () => {
        await page.waitForFunction(() => document.documentElement.dataset.qgGuard === 'ready' && document.documentElement.dataset.benchEditorMs);
        const d = await page.evaluate(() => ({ ...document.documentElement.dataset }));
        return { installed: Number(d.qgGuardInstalledMs), ready: Number(d.qgGuardReadyMs), editor: Number(d.benchEditorMs) };
      };
      const cold = await read(); // the first page after the browser started
      await page.reload(); // the same tab reloaded: the browser and the extension's storage are warm
      await page.waitForSelector('.chat_item');
      samples.push({ cold, warm: await read() });
      await h.close();
    } finally {
      await ext.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const all = samples.flatMap((s) => [s.cold, s.warm]);
  return {
    installed: median(all.map((s) => s.installed)),
    editor: median(all.map((s) => s.editor)),
    unprotected: Math.max(...all.map((s) => Math.max(0, s.installed - s.editor))),
    readyCold: median(samples.map((s) => s.cold.ready - s.cold.installed)),
    readyWarm: median(samples.map((s) => s.warm.ready - s.warm.installed)),
    runs,
  };
}
