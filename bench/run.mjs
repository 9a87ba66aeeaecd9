// npm run bench — prints the speed and size figures the issues ask for. Goals are printed, not enforced.
import { build } from 'esbuild';
import { liveFixture, launch, waitForStatus } from '../test/e2e/harness.mjs';
import { adapterBench, nicknameBench } from './adapter.mjs';
import { detectorBench } from './detector.mjs';
import { exportBench } from './export.mjs';
import { importTs } from './load.mjs';
import { burstMainThreadBench, guardReadinessBench } from './real-app.mjs';
import { storeBench } from './store.mjs';

const report = (name, value, unit, goal) => {
  console.log(`${name}: ${value} ${unit}${goal ? `  (goal ${goal})` : ''}`);
};

console.log('QunGuard benchmark — Chromium', '\n');

// 1. Content-script size (loads on every chat page); the goal counts code without dictionaries.
{
  const { execFileSync } = await import('node:child_process');
  console.log(execFileSync('node', ['scripts/report-size.mjs'], { encoding: 'utf8' }).trim());
}

// 2. Nickname checks in Node (pure core).
const { run: runNicknameNode } = await importTs('bench/nickname-node.ts');
for (const r of runNicknameNode()) report(`nickname checks in Node, ${r.label}`, r.perSecond.toLocaleString('en-US'), 'names/s', r.label === 'rules only' ? '>= 100,000/s' : undefined);

// 2b. Admin patterns that freeze a backtracking engine, on 10,000 characters (utils/core/linear-regex.ts).
{
  const { run: runRegex } = await importTs('bench/regex-node.ts');
  for (const r of runRegex()) {
    report(`admin pattern ${r.pattern} on 10,000 characters, compile + test, median / worst of 15 (matched: ${r.matched})`, `${r.median.toFixed(2)} / ${r.max.toFixed(2)}`, 'ms', '<= 10 ms');
  }
}

// 2c. Warning fatigue (issue 12): ordinary customer lines that open a dialog, and sensitive cases that must warn.
{
  const { run: runRules } = await importTs('bench/rules-node.ts');
  const r = runRules();
  const pct = (n) => ((100 * n) / r.lines).toFixed(1);
  report(`customer corpus: ${r.lines} ordinary lines sent in the customer's own chat, with a dictionary term (all warned before issue 12)`, pct(r.termHits), '%');
  report('customer corpus: lines that open a dialog under the default policy', `${pct(r.warned.length)} (${r.warned.length})`, '%', '<= 1 %');
  report(`sensitive cases (bench/corpus/sensitive-cases.jsonl) that warn`, `${r.sensitive - r.missed.length} / ${r.sensitive}`, '', 'all');
  for (const why of r.missed) console.log(`  missed: ${why}`);
}

// 3. Detector in Node: 50k terms, sparse and dense 1M-char corpora, vs mint-filter (dev dependency for this
//    benchmark only). `node bench/detector.mjs` runs this section alone.
await detectorBench(report);

// 3b. The send guard on the real web WeChat app: in place from document_start, ready from the cached policy.
{
  const g = await guardReadinessBench();
  if (!g) console.log('real web WeChat app: ../shared/webwx-real is absent, guard readiness not measured');
  else {
    report(`real app: guard in place, ms after navigation (median of ${g.runs})`, g.installed, 'ms', 'before the page can send');
    report(`real app: the page can send (its editor exists), ms after navigation (median of ${g.runs})`, g.editor, 'ms');
    report(`real app: unprotected window (page can send, guard not yet in place; worst of ${g.runs})`, g.unprotected, 'ms', '0 ms');
    report(`real app: guard ready (policy known, detector compiled) after the content script started, tab reloaded (median of ${g.runs})`, g.readyWarm, 'ms', '<= 100 ms');
    report(`real app: same, first page after the browser started (cold extension storage; median of ${g.runs})`, g.readyCold, 'ms');
  }
  // Issue 11: a burst of 500 messages into the open customer chat, from Chrome's trace of the page.
  const b = await burstMainThreadBench({ messages: 500 });
  if (b) {
    report(`real app, ${b.messages}-message burst: QunGuard's main-thread time (both worlds)`, b.ours, 'ms', `beside the app's own ${b.app} ms`);
    report(`real app, ${b.messages}-message burst: QunGuard's longest single task`, b.oursLongest, 'ms', `<= 50 ms (the app's own longest: ${b.appLongest} ms)`);
  }
}

// 4. Adapter: 1,000 message nodes inserted at once, read and emitted, in Chromium.
const bundle = await build({ entryPoints: ['bench/adapter-entry.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const ext = await launch();
try {
  const adapter = await adapterBench(ext, bundle.outputFiles[0].text, liveFixture('group-chat.html'));
  report('adapter: 1,000 message nodes inserted at once (median of 15)', adapter.median.toFixed(1), 'ms', '<= 50 ms');
  report('adapter: same, worst run', adapter.max.toFixed(1), 'ms');
  report('adapter: messages emitted per run', adapter.emitted, 'messages', '1000');

  // 5. A 500-member group checked and decorated in Chromium.
  const nickBundle = await build({ entryPoints: ['bench/nickname-entry.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const nick = await nicknameBench(ext, nickBundle.outputFiles[0].text, liveFixture('group-chat.html'));
  report('nickname: 500-member group checked and decorated (median of 15)', nick.median.toFixed(1), 'ms', '<= 16 ms');
  report('nickname: members / badges in the last run', `${nick.members} / ${nick.badges}`, '');

  // 6. IndexedDB: ingest rate and paged queries on a 1,000,000-row table (through the bus, as the extension does).
  const store = await storeBench(ext, { rows: Number(process.env.BENCH_ROWS ?? 1_000_000) });
  report('store: ingest through the bus into IndexedDB, batches of 2,000', Math.round(store.rate).toLocaleString('en-US'), 'rows/s', '>= 20,000 rows/s');
  report('store: raw IndexedDB ceiling in this browser (tiny rows, one index, no library)', Math.round(store.rawCeiling).toLocaleString('en-US'), 'puts/s');
  report('store: rows in the table', store.rows.toLocaleString('en-US'), 'rows', '1,000,000');
  report('store: page of 50 newest-first messages, median / max of 20 pages', `${store.pageMedian.toFixed(1)} / ${store.pageMax.toFixed(1)}`, 'ms', '<= 100 ms per page');

  // 7. Export and tamper evidence on 100,000 stored messages: the real export path and verifiers, in Chromium.
  const exportBundle = await build({ entryPoints: ['bench/export-entry.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const exp = await exportBench(ext, exportBundle.outputFiles[0].text, { rows: Number(process.env.BENCH_EXPORT_ROWS ?? 100_000) });
  report(`export: ${exp.csv.rows.toLocaleString('en-US')} messages to CSV with the hash chain (median of 3)`, (exp.csv.ms / 1000).toFixed(2), 's', '<= 2 s');
  report('export: raw IndexedDB getAll of the same rows, nothing else (this browser\'s floor)', (exp.rawRead.ms / 1000).toFixed(2), 's');
  report(`export: verify a ${exp.verifyFile.rows.toLocaleString('en-US')}-row JSON export's chain (校验, median of 3)`, (exp.verifyFile.ms / 1000).toFixed(2), 's', '<= 2 s');
  report(`store: verify the chain of ${exp.verifyStore.rows.toLocaleString('en-US')} stored rows (校验本机数据库, median of 3)`, (exp.verifyStore.ms / 1000).toFixed(2), 's');
  report('SHA-256 engine in extension pages', exp.engine, '', 'wasm');

  // 8. Idle cost of the real extension: script time of the chat page over 5 idle seconds (CDP Performance metrics).
  const page = await ext.open('https://wx.qq.com/', liveFixture('group-chat.html'));
  await waitForStatus(page, 'active');
  await page.waitForTimeout(1500); // let the first batch reach the database
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  const scriptBefore = await metric('ScriptDuration');
  const tasksBefore = await metric('TaskDuration');
  await page.waitForTimeout(5000);
  const scriptMs = ((await metric('ScriptDuration')) - scriptBefore) * 1000;
  const taskMs = ((await metric('TaskDuration')) - tasksBefore) * 1000;
  report('idle page: script time over 5 s', scriptMs.toFixed(2), 'ms', '≈ 0: no timers or polling while idle');
  report('idle page: main-thread task time over 5 s (rendering included)', taskMs.toFixed(2), 'ms');
} finally {
  await ext.close();
}
