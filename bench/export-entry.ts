// Bundled by bench/run.mjs and evaluated in an extension page (the extension origin's IndexedDB). Runs the real
// export path (readExport -> exportWriter, as components/ExportPanel.tsx does) and the real verifiers.
import type { StoredEvent } from '../utils/bus/protocol';
import { verifyExportText } from '../utils/export/chain';
import { readExport } from '../utils/export/source';
import { exportWriter, type ExportFormat } from '../utils/export/writer';
import { openDb } from '../utils/store/db';
import { ingestEvents } from '../utils/store/ingest';
import { verifyStore } from '../utils/store/verify';
import { prepareSha256, sha256Engine } from '../utils/tamper/sha256';

const db = openDb('qunguard-bench-export');


function events(start: number, count: number, base: number): StoredEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    return {
      kind: 'message',
      account: '陈经理',
      site: 'wechat-web',
      chatClass: 'customer',
      time: base + n,
      timeSource: 'first-seen',
      message: {
        msgId: String(9_000_000_000_000_000_000n + BigInt(n)),
        chat: { name: `客户-${n % 500}`, kind: 'direct' },
        direction: n % 2 ? 'in' : 'out',
        senderName: `销售部-员工${n % 97}`,
        type: 'text',
        text: n % 7 === 0 ? '=HYPERLINK("http://x","报价")' : '您好，附件是本季度报价单，请查收，有问题随时联系我。',
        links: [],
        firstSeenAt: base + n,
      },
    };
  });
}

async function seed(rows: number): Promise<void> {
  await prepareSha256();
  await db.delete();
  await db.open();
  const base = Date.now() - rows - 60_000;
  for (let i = 0; i < rows; i += 5000) await ingestEvents(db, events(i, Math.min(5000, rows - i), base), { storeText: true, maxTextChars: 500 });
}

/** The options page's export path: read, chain and write the file through the same exportWriter. */
async function exportFile(format: ExportFormat): Promise<{ rows: number; blob: Blob }> {
  const writer = exportWriter('interactions', format);
  const rows = await readExport(db, { kind: 'interactions', from: 0, to: Date.now() }, (records) => writer.add(records));
  const file = writer.finish({});
  return { rows, blob: new Blob(file.parts, { type: file.type }) };
}

async function exportCsv(): Promise<{ ms: number; rows: number; bytes: number }> {
  const t0 = performance.now();
  const { rows, blob } = await exportFile('csv');
  return { ms: performance.now() - t0, rows, bytes: blob.size };
}

async function exportJsonText(): Promise<string> {
  return (await exportFile('json')).blob.text();
}

declare global {
  interface Window {
    qgExportBench: typeof api;
  }
}

const api = {
  seed,
  engine: () => sha256Engine(),
  exportCsv,
  async verifyFile(): Promise<{ ms: number; rows: number; ok: boolean }> {
    const text = await exportJsonText();
    const t0 = performance.now();
    const result = verifyExportText(text);
    const ms = performance.now() - t0;
    return { ms, rows: 'rows' in result ? result.rows : 0, ok: result.ok };
  },
  async verifyStore(): Promise<{ ms: number; rows: number; ok: boolean }> {
    const t0 = performance.now();
    const result = await verifyStore(db);
    return { ms: performance.now() - t0, rows: result.rows, ok: result.ok };
  },
  /** This browser's ceiling: the same rows read with raw IndexedDB getAll in chunks of 2,000, nothing else. */
  async rawRead(): Promise<{ ms: number; rows: number }> {
    const t0 = performance.now();
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let rows = 0;
    for (let lower: IDBKeyRange | null = null; ; ) {
      const batch = await new Promise<Array<{ key: string }>>((resolve, reject) => {
        const request = idb.transaction('messages').objectStore('messages').getAll(lower, 2000);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      rows += batch.length;
      if (batch.length < 2000) break;
      lower = IDBKeyRange.lowerBound(batch.at(-1)!.key, true);
    }
    idb.close();
    return { ms: performance.now() - t0, rows };
  },
  async cleanUp(): Promise<void> {
    await db.delete();
  },
};
window.qgExportBench = api;
