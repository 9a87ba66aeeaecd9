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

/**
 * Main-thread time on the real app during a burst of `messages` incoming messages into the open customer chat
 * (Chrome's trace): QunGuard's (functions of the extension's scripts, both worlds) and the app's own, with the
 * longest single task of each. A task of ours = the extension's share of one of the page's tasks.
 */
export async function burstMainThreadBench({ messages = 500, chat = 'liuzong' } = {}) {
  if (!REAL_APP_AVAILABLE) return null;
  const ext = await launchReal();
  try {
    const h = await ext.openApp();
    const { page } = h;
    await page.waitForFunction(() => document.documentElement.dataset.qgStatus === 'active');
    await h.openChat(chat);
    await page.waitForTimeout(1000);
    const cdp = await ext.context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const last = `第 ${messages} 条：请确认发货时间`;
    for (let i = 0; i < messages; i++) h.pushMessage({ chat, from: chat, text: `第 ${i + 1} 条：请确认发货时间` });
    await page.waitForFunction((text) => [...document.querySelectorAll('#chatArea .js_message_plain')].some((el) => el.textContent === text), last, { timeout: 60_000 });
    await page.waitForTimeout(3000); // let the last batches (ours and the app's) finish
    await cdp.send('Tracing.end');
    await done;
    await h.close();
    return summariseTrace(events, `chrome-extension://${ext.extensionId}/`, messages);
  } finally {
    await ext.close();
  }
}

function summariseTrace(events, ourPrefix, messages) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall' && String(x.args?.data?.url ?? '').startsWith(ourPrefix)));
  if (!main) return { messages, ours: 0, oursLongest: 0, app: 0, appLongest: 0, note: 'no renderer thread with our functions in the trace' };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const ours = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'EventDispatch') && String(e.args?.data?.url ?? '').startsWith(ourPrefix)).sort((a, b) => a.ts - b.ts);
  // Nested calls lie inside their callers: merge intervals, then give each to the task that contains it.
  const merged = [];
  for (const e of ours) {
    const top = merged.at(-1);
    if (top && e.ts < top.end) top.end = Math.max(top.end, e.ts + e.dur);
    else merged.push({ start: e.ts, end: e.ts + e.dur });
  }
  const perTask = new Map();
  let t = 0;
  for (const m of merged) {
    while (t < tasks.length && tasks[t].ts + tasks[t].dur < m.start) t++;
    const task = tasks[t] && tasks[t].ts <= m.start ? tasks[t] : null;
    const key = task ?? m;
    perTask.set(key, (perTask.get(key) ?? 0) + (m.end - m.start));
  }
  const ms = (us) => Math.round(us / 100) / 10;
  // QG_TRACE_DEBUG=1 lists our longest calls (with QG_PROFILE_BUILD=1 builds, their lines are readable).
  if (process.env.QG_TRACE_DEBUG) {
    const longest = ours.filter((e) => e.dur > 20_000).slice(0, 15);
    for (const e of longest) console.log(e.name, ms(e.dur), e.args?.data?.functionName, e.args?.data?.type, String(e.args?.data?.url).slice(-30), e.args?.data?.lineNumber, e.args?.data?.columnNumber);
  }
  const oursTotal = merged.reduce((sum, m) => sum + (m.end - m.start), 0);
  const taskTotal = tasks.reduce((sum, e) => sum + e.dur, 0);
  const appLongest = Math.max(0, ...tasks.map((task) => task.dur - (perTask.get(task) ?? 0)));
  return { messages, ours: ms(oursTotal), oursLongest: ms(Math.max(0, ...perTask.values())), app: ms(taskTotal - oursTotal), appLongest: ms(appLongest) };
}
