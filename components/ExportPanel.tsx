import { useRef, useState } from 'preact/hooks';
import type { ChatClass } from '@/utils/core/classify';
import { chainRows, GENESIS, verifyExportText, type ChainedRow } from '@/utils/export/chain';
import { CSV_BOM, csvChunk, toJson, toXlsx, type Cell } from '@/utils/export/formats';
import { COLUMNS, readExport, type ExportFilters, type ExportKind } from '@/utils/export/source';
import { getDb } from '@/utils/store/db';
import { downloadFile as download } from './download';
import { TeamMerge } from './TeamMerge';

const KINDS: Record<ExportKind, string> = { interactions: '客户沟通记录（消息）', decisions: '发送提醒与决定', nickname: '昵称违规', notices: '通知与回执' };
type Format = 'csv' | 'xlsx' | 'json';
const day = (ms: number) => new Date(ms - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Section 导出: filters, format, chunked export with a progress bar and cancel. */
export function ExportPanel() {
  const [kind, setKind] = useState<ExportKind>('interactions');
  const [format, setFormat] = useState<Format>('csv');
  const [from, setFrom] = useState(day(Date.now() - 30 * 86_400_000));
  const [to, setTo] = useState(day(Date.now()));
  const [chatClass, setChatClass] = useState<ChatClass | ''>('');
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
    if (chat.trim()) filters.chat = chat.trim();
    if (account.trim()) filters.account = account.trim();
    // Every row is chained (序号 + SHA-256 哈希), so 校验 can tell edited, removed, inserted or reordered rows.
    const columns = [...COLUMNS[kind], { key: 'seq', label: '序号' }, { key: 'hash', label: '哈希' }];
    const csvParts: string[] = [CSV_BOM];
    const all: Array<Record<string, Cell>> = [];
    const chained: ChainedRow[] = [];
    let chain = { seq: 0, hash: GENESIS };
    try {
      const count = await readExport(
        getDb(),
        filters,
        async (records, p) => {
          const linked = await chainRows(records, chain);
          chain = linked.state;
          const withChain = linked.chained.map((c) => ({ ...(c.row as Record<string, Cell>), seq: c.seq, hash: c.hash }));
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
        const manifest = { algorithm: 'SHA-256', count: chained.length, lastHash: chain.hash, createdAt: new Date().toISOString() };
        download([toJson(COLUMNS[kind], chained, { kind, filters, manifest })], 'application/json', `${name}.json`);
      }
      setResult(`已导出 ${count} 条`);
    } catch (error) {
      setResult(controller.signal.aborted ? '已取消，未生成文件' : `导出失败：${String(error)}`);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  return (
    <section class="card" data-qg-section="export">
      <h2>导出本机记录</h2>
      <div class="grid2">
        <label>
          内容
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExportKind)} data-qg-export-kind>
            {Object.entries(KINDS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          格式
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)} data-qg-export-format>
            <option value="csv">CSV（Excel 可直接打开）</option>
            <option value="xlsx">XLSX</option>
            <option value="json">JSON</option>
          </select>
        </label>
        <label>
          从 <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          到 <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          聊天分类
          <select value={chatClass} onChange={(e) => setChatClass(e.currentTarget.value as ChatClass | '')}>
            <option value="">全部</option>
            <option value="customer">客户</option>
            <option value="internal">内部</option>
            <option value="external">外部</option>
            <option value="unknown">未分类</option>
          </select>
        </label>
        <label>
          聊天名称（可选） <input value={chat} onInput={(e) => setChat(e.currentTarget.value)} />
        </label>
        <label>
          账号（可选） <input value={account} onInput={(e) => setAccount(e.currentTarget.value)} />
        </label>
      </div>
      <div class="row">
        <button type="button" disabled={progress !== null} onClick={() => void run()} data-qg-export-run>
          导出
        </button>
        {progress !== null && (
          <>
            <progress max={1} value={progress} data-qg-export-progress />
            <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
              取消
            </button>
          </>
        )}
      </div>
      {result && (
        <p role="status" data-qg-export-result>
          {result}
        </p>
      )}
      <VerifyExport />
      <TeamMerge />
    </section>
  );
}

/** 校验: check an exported JSON file's hash chain and manifest. */
function VerifyExport() {
  const [report, setReport] = useState<{ ok: boolean; text: string; problems: string[] } | null>(null);
  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await verifyExportText(await file.text());
    if ('error' in result) setReport({ ok: false, text: result.error, problems: [] });
    else setReport({ ok: result.ok, text: result.ok ? `校验通过：${result.rows} 行，未发现改动` : `发现 ${result.problems.length} 处问题：`, problems: result.problems.map((p) => p.detail) });
  }
  return (
    <div class="verify">
      <h3>校验导出文件</h3>
      <label class="button secondary">
        选择 JSON 导出文件…
        <input type="file" accept=".json,application/json" hidden onChange={onFile} data-qg-verify-file />
      </label>
      {report && (
        <div class={report.ok ? 'ok' : 'error'} role="status" data-qg-verify-result={report.ok ? 'ok' : 'problems'}>
          <p>{report.text}</p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.slice(0, 50).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
