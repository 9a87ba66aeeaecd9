// IndexedDB in Chromium, through the real bus and background: ingest rate, and paged queries on a 1M-row table.
export async function storeBench(ext, { rows = 1_000_000, batch = 2000 } = {}) {
  const page = await ext.extensionPage('policy.schema.json');
  // Record every chat so the synthetic rows are all kept.
  await page.evaluate(async () => chrome.storage.local.set({ policy: { schemaVersion: 1, records: { scope: 'all' } } }));
  const result = await page.evaluate(
    async ([total, size]) => {
      // Recent times (1 ms apart), so the daily retention purge does not remove them during the run.
      const base = Date.now() - total;
      const makeBatch = (start) =>
        Array.from({ length: size }, (_, i) => {
          const n = start + i;
          return {
            kind: 'message',
            account: '陈经理',
            site: 'wechat-web',
            chatClass: n % 3 === 0 ? 'customer' : 'internal',
            time: base + n,
            timeSource: 'first-seen',
            message: {
              msgId: String(9_000_000_000_000_000_000n + BigInt(n)),
              chat: { name: `客户群${n % 500}`, kind: 'group' },
              direction: n % 2 ? 'in' : 'out',
              senderName: `销售部-员工${n % 97}`,
              type: 'text',
              text: '各位，本周五前把报价单发我',
              links: [],
              firstSeenAt: base + n,
            },
          };
        });
      const send = async (events, i) => {
        for (let attempt = 0; attempt < 5; attempt++) {
          const reply = await chrome.runtime.sendMessage({ type: 'qg/ingest', batchId: `bench-${i}`, events });
          if (reply?.ok) return reply;
        }
        throw new Error('ingest failed');
      };
      // Ingest rate, measured on the first 100,000 rows (the table is still growing afterwards).
      const t0 = performance.now();
      let stored = 0;
      for (let i = 0; i < 100_000; i += size) stored += (await send(makeBatch(i), i)).stored;
      const rate = 100_000 / ((performance.now() - t0) / 1000);
      for (let i = 100_000; i < total; i += size) stored += (await send(makeBatch(i), i)).stored;
      // Paged queries: 20 pages of 50 from the newest, through the bus.
      const times = [];
      let before;
      for (let p = 0; p < 20; p++) {
        const s = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'qg/messagesPage', limit: 50, before });
        times.push(performance.now() - s);
        before = reply.next;
      }
      times.sort((a, b) => a - b);
      const stats = await chrome.runtime.sendMessage({ type: 'qg/stats' });
      return { rate, stored, rows: stats.messages, pageMedian: times[10], pageMax: times.at(-1) };
    },
    [rows, batch],
  );
  // The browser's own ceiling on this machine: raw IndexedDB puts of the same batch size, no library, no bus.
  result.rawCeiling = await page.evaluate(async (size) => {
    const db = await new Promise((res) => {
      const q = indexedDB.open('qunguard-bench-raw', 1);
      q.onupgradeneeded = () => q.result.createObjectStore('m', { keyPath: 'key' }).createIndex('seenAt', 'seenAt');
      q.onsuccess = () => res(q.result);
    });
    const t0 = performance.now();
    for (let b = 0; b < 20; b++) {
      await new Promise((res, rej) => {
        const tx = db.transaction('m', 'readwrite');
        for (let i = 0; i < size; i++) tx.objectStore('m').put({ key: `k${b * size + i}`, seenAt: i });
        tx.oncomplete = res;
        tx.onerror = rej;
      });
    }
    db.close();
    indexedDB.deleteDatabase('qunguard-bench-raw');
    return (20 * size) / ((performance.now() - t0) / 1000);
  }, batch);
  await page.close();
  return result;
}
