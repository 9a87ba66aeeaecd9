// Export and verification speed in Chromium, on 100,000 stored messages (issue 6's goals: each ≤ 2 s).
export async function exportBench(ext, bundleJs, { rows = 100_000, runs = 3 } = {}) {
  const page = await ext.extensionPage('policy.schema.json');
  await page.evaluate(bundleJs); // CDP evaluation: an extension page's CSP forbids inline script tags
  await page.evaluate((n) => window.qgExportBench.seed(n), rows);
  const best = async (fn) => {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(fn));
    results.sort((a, b) => a.ms - b.ms);
    return { ...results[Math.floor(runs / 2)], worst: results.at(-1).ms };
  };
  try {
    return {
      engine: await page.evaluate(() => window.qgExportBench.engine()),
      csv: await best(() => window.qgExportBench.exportCsv()),
      verifyFile: await best(() => window.qgExportBench.verifyFile()),
      verifyStore: await best(() => window.qgExportBench.verifyStore()),
      rawRead: await best(() => window.qgExportBench.rawRead()),
    };
  } finally {
    await page.evaluate(() => window.qgExportBench.cleanUp());
    await page.close();
  }
}
