import { useRef, useState } from 'preact/hooks';
import type { ChatClass } from '@/utils/core/classify';
import type { ChatKind } from '@/utils/core/events';
import { chainRows, GENESIS, prepareSha256, type ChainedRow } from '@/utils/export/chain';
import { CSV_BOM, csvChunk, textRecord, toJson, toXlsx, type Cell } from '@/utils/export/formats';
import { CHAIN_COLUMNS, COLUMNS, readExport, type ExportFilters, type ExportKind } from '@/utils/export/source';
import { t } from '@/utils/i18n';
import { readHead } from '@/utils/store/chain';
import { getDb } from '@/utils/store/db';
import { downloadFile as download } from './files';
import { TeamMerge } from './TeamMerge';
import { VerifyPanel } from './VerifyPanel';

const KINDS: ExportKind[] = ['interactions', 'decisions', 'nickname', 'notices'];
const CLASSES = ['customer', 'internal', 'external', 'unknown'] as const;
type Format = 'csv' | 'xlsx' | 'json';
const day = (ms: number) => new Date(ms - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Section 导出: filters, format, chunked export with a progress bar and cancel. */
export function ExportPanel() {
  const [kind, setKind] = useState<ExportKind>('interactions');
  const [format, setFormat] = useState<Format>('csv');
  const [from, setFrom] = useState(day(Date.now() - 30 * 86_400_000));
  const [to, setTo] = useState(day(Date.now()));
  const [chatClass, setChatClass] = useState<ChatClass | ''>('');
  const [chatKind, setChatKind] = useState<ChatKind | ''>('');
  const [chat, setChat] = useState('');
  const [account, setAccount] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setResult(null);
    setProgress(0);
    const filters: ExportFilters = { kind, from: new Date(`${from}T00:00:00`).getTime(), to: new Date(`${to}T23:59:59.999`).getTime() };
    if (chatClass) filters.chatClass = chatClass;
    if (chatKind) filters.chatKind = chatKind;
    if (chat.trim()) filters.chat = chat.trim();
    if (account.trim()) filters.account = account.trim();
    // Every row is chained (序号 + SHA-256 哈希), so 校验 can tell edited, removed, inserted or reordered rows.
    const columns = [...COLUMNS[kind], ...CHAIN_COLUMNS];
    const csvParts: string[] = [CSV_BOM];
    const all: Array<Record<string, Cell>> = [];
    const chained: ChainedRow[] = [];
    let chain = { seq: 0, hash: GENESIS };
    try {
      await prepareSha256();
      const count = await readExport(
        getDb(),
        filters,
        async (records, p) => {
          // Chained as the text each cell shows, so a CSV or XLSX file verifies as well as the JSON.
          const linked = chainRows(records.map(textRecord), chain);
          chain = linked.state;
          const withChain = records.map((record, i) => ({ ...record, seq: linked.chained[i]!.seq, hash: linked.chained[i]!.hash }));
          if (format === 'csv') csvParts.push(csvChunk({ columns, rows: withChain }, csvParts.length === 1), '\r\n');
          else if (format === 'xlsx') all.push(...withChain);
          else chained.push(...linked.chained);
          setProgress(p);
        },
        controller.signal,
      );
      if (format === 'csv' && csvParts.length === 1) csvParts.push(csvChunk({ columns, rows: [] }, true), '\r\n');
      const name = `qunguard-${kind}-${from}_${to}`;
      if (format === 'csv') download(csvParts, 'text/csv;charset=utf-8', `${name}.csv`);
      else if (format === 'xlsx') download([toXlsx({ columns, rows: all }) as BlobPart], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${name}.xlsx`);
      else {
        // The database's chain head at export time: kept by the manager, it pins the local database too.
        const head = await readHead(getDb());
        const manifest = { algorithm: 'SHA-256', count: chained.length, lastHash: chain.hash, createdAt: new Date().toISOString(), store: { seq: head.nextSeq - 1, hash: head.lastHash } };
        download([toJson(COLUMNS[kind], chained, { kind, filters, manifest })], 'application/json', `${name}.json`);
      }
      setResult(t('export.done', { count }));
    } catch (error) {
      setResult(controller.signal.aborted ? t('export.cancelled') : t('export.failed', { error: String(error) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  return (
    <section class="card" data-qg-section="export">
      <h2>{t('export.heading')}</h2>
      <div class="grid2">
        <label>
          {t('export.kind')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExportKind)} data-qg-export-kind>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`export.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)} data-qg-export-format>
            <option value="csv">{t('export.format.csv')}</option>
            <option value="xlsx">XLSX</option>
            <option value="json">JSON</option>
          </select>
        </label>
        <label>
          {t('export.from')} <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('export.to')} <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          {t('export.chatClass')}
          <select value={chatClass} onChange={(e) => setChatClass(e.currentTarget.value as ChatClass | '')}>
            <option value="">{t('export.all')}</option>
            {CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`class.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.chatKind')}
          <select value={chatKind} onChange={(e) => setChatKind(e.currentTarget.value as ChatKind | '')} data-qg-export-chat-kind>
            <option value="">{t('export.all')}</option>
            <option value="group">{t('export.chatKind.group')}</option>
            <option value="direct">{t('export.chatKind.direct')}</option>
          </select>
        </label>
        <label>
          {t('export.chat')} <input value={chat} onInput={(e) => setChat(e.currentTarget.value)} />
        </label>
        <label>
          {t('export.account')} <input value={account} onInput={(e) => setAccount(e.currentTarget.value)} />
        </label>
      </div>
      <div class="row">
        <button type="button" disabled={progress !== null} onClick={() => void run()} data-qg-export-run>
          {t('export.run')}
        </button>
        {progress !== null && (
          <>
            <progress max={1} value={progress} data-qg-export-progress />
            <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
              {t('export.cancel')}
            </button>
          </>
        )}
      </div>
      {result && (
        <p role="status" data-qg-export-result>
          {result}
        </p>
      )}
      <VerifyPanel />
      <TeamMerge />
    </section>
  );
}
