import { useRef, useState } from 'preact/hooks';
import type { ChatClass } from '@/utils/core/classify';
import type { ChatKind } from '@/utils/core/events';
import { readExport, type ExportFilters, type ExportKind } from '@/utils/export/source';
import { exportWriter, type ExportFormat } from '@/utils/export/writer';
import { t } from '@/utils/i18n';
import { readHead } from '@/utils/store/chain';
import { getDb } from '@/utils/store/db';
import { prepareSha256 } from '@/utils/tamper/sha256';
import { dayInZone, zonedToEpoch } from '@/utils/core/time';
import { downloadFile as download } from './files';
import { TeamMerge } from './TeamMerge';
import { VerifyPanel } from './VerifyPanel';

const KINDS: ExportKind[] = ['interactions', 'decisions', 'nickname', 'notices'];
const CLASSES = ['customer', 'internal', 'external', 'unknown'] as const;


/**
 * Section 导出: filters, format, chunked export with a progress bar and cancel. Dates and the times in the file are
 * in the policy time zone (`timeZone`), whatever the machine's.
 */
export function ExportPanel({ timeZone }: { timeZone: string }) {
  const day = (ms: number) => dayInZone(ms, timeZone);
  const [kind, setKind] = useState<ExportKind>('interactions');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [from, setFrom] = useState(day(Date.now() - 30 * 86_400_000));
  const [to, setTo] = useState(day(Date.now()));
  const [chatClass, setChatClass] = useState<ChatClass | ''>('');
  const [chatKind, setChatKind] = useState<ChatKind | ''>('');
  const [chat, setChat] = useState('');
  const [account, setAccount] = useState('');
  const [codes, setCodes] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setResult(null);
    setProgress(0);
    const filters: ExportFilters = { kind, from: zonedToEpoch(from, 0, timeZone), to: zonedToEpoch(to, 24 * 60, timeZone) - 1 };
    if (chatClass) filters.chatClass = chatClass;
    if (chatKind) filters.chatKind = chatKind;
    if (chat.trim()) filters.chat = chat.trim();
    if (account.trim()) filters.account = account.trim();
    const writer = exportWriter(kind, format, { timeZone, codes });
    try {
      await prepareSha256();
      const count = await readExport(
        getDb(),
        filters,
        (records, p) => {
          writer.add(records);
          setProgress(p);
        },
        controller.signal,
      );
      // The database's chain head at export time: kept by the manager, it pins the local database too.
      const head = await readHead(getDb());
      const file = writer.finish({ filters, store: { seq: head.nextSeq - 1, hash: head.lastHash } });
      download(file.parts, file.type, `qunguard-${kind}-${from}_${to}.${file.extension}`);
      setResult(t('export.done', { count }));
    } catch (error) {
      if (!controller.signal.aborted) console.warn('[QunGuard] export failed', error); // details for support only
      setResult(controller.signal.aborted ? t('export.cancelled') : t('export.failed'));
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
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} data-qg-export-format>
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
      {format !== 'json' && (
        <label class="field">
          <input type="checkbox" checked={codes} onChange={(e) => setCodes(e.currentTarget.checked)} data-qg-export-codes />
          {t('export.codes')}
        </label>
      )}
      <p class="muted">{t(format === 'json' ? 'export.jsonHint' : 'export.sheetHint', { zone: timeZone })}</p>
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
      <TeamMerge timeZone={timeZone} />
    </section>
  );
}
