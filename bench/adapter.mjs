// Times the real session + adapter (bundled) on the fixture page in Chromium.
export async function adapterBench(ext, bundleJs, html) {
  const page = await ext.open('https://bench.invalid/', html.replace('</body>', `<script>${bundleJs.replaceAll('</script>', '<\\/script>')}</script></body>`));
  await page.waitForFunction(() => window.qgBench);
  const times = [];
  let emitted = 0;
  for (let round = 0; round < 18; round++) {
    const run = await page.evaluate(([n, r]) => window.qgBench.insertAndDrain(n, r), [1000, round]);
    if (round >= 3) times.push(run.ms); // first rounds warm up the JIT
    emitted = run.emitted;
  }
  await page.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times.at(-1), emitted };
}
