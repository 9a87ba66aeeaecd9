// Runs bundled real code on the fixture page in Chromium and times it.

async function benchPage(ext, path, html, bundleJs, ready) {
  const page = await ext.open(`https://bench.invalid/${path}`, html);
  await page.addScriptTag({ content: bundleJs }); // not through the HTML parser: the bundle holds arbitrary text
  await page.waitForFunction(ready);
  return page;
}

function summarise(times) {
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times.at(-1) };
}

export async function adapterBench(ext, bundleJs, html) {
  const page = await benchPage(ext, 'adapter', html, bundleJs, () => window.qgBench);
  const times = [];
  let emitted = 0;
  for (let round = 0; round < 18; round++) {
    const run = await page.evaluate(([n, r]) => window.qgBench.insertAndDrain(n, r), [1000, round]);
    if (round >= 3) times.push(run.ms); // first rounds warm up the JIT
    emitted = run.emitted;
  }
  await page.close();
  return { ...summarise(times), emitted };
}

export async function nicknameBench(ext, bundleJs, html) {
  const page = await benchPage(ext, 'nickname', html, bundleJs, () => window.qgNickBench);
  const times = [];
  let last;
  for (let round = 0; round < 18; round++) {
    last = await page.evaluate((r) => window.qgNickBench.decorate(r), round);
    if (round >= 3) times.push(last.ms);
  }
  await page.close();
  return { ...summarise(times), members: last.members, badges: last.badges };
}
