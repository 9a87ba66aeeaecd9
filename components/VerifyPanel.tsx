import { useState } from 'preact/hooks';
import { verifyExportFile } from '@/utils/export/verify-file';
import { t } from '@/utils/i18n';
import { getDb } from '@/utils/store/db';
import { verifyStore } from '@/utils/store/verify';
import type { Problem } from '@/utils/tamper/problem';
import { prepareSha256 } from '@/utils/tamper/sha256';
import { takeFiles } from './files';
import { problemText } from './problem-text';

interface Report {
  /** The file the report belongs to (a manager checks several). */
  file?: string;
  ok: boolean;
  text: string;
  problems: Problem[];
  unlisted: number;
  head?: string;
  note?: string;
}

function ReportView({ report, id }: { report: Report; id: string }) {
  return (
    <div class={report.ok ? 'ok' : 'error'} role="status" data-qg-verify-result={report.ok ? 'ok' : 'problems'} data-qg-verify-of={id}>
      {report.file && (
        <p class="mono" data-qg-verify-file-name>
          {t('verify.fileName', { file: report.file })}
        </p>
      )}
      <p>{report.text}</p>
      {report.problems.length > 0 && (
        <ul>
          {report.problems.slice(0, 50).map((p, i) => (
            <li key={i} data-qg-problem={p.type}>
              {problemText(p)}
            </li>
          ))}
        </ul>
      )}
      {report.unlisted > 0 && <p class="muted">{t('verify.moreProblems', { count: report.unlisted })}</p>}
      {report.note && <p class="muted">{report.note}</p>}
      {report.head && <p class="muted mono">{report.head}</p>}
    </div>
  );
}

/** 校验: an exported JSON file's chain and manifest, or the chain stored in this computer's database. */
export function VerifyPanel() {
  const [fileReport, setFileReport] = useState<Report | null>(null);
  const [storeReport, setStoreReport] = useState<Report | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function onFile(event: Event) {
    const [file] = takeFiles(event);
    if (!file) return;
    await prepareSha256();
    let result: ReturnType<typeof verifyExportFile>;
    try {
      result = verifyExportFile(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // A file broken in a way no reader foresaw still gets an answer, never silence.
      console.warn('[QunGuard] unreadable export file', error); // the details are for support, not for the manager
      setFileReport({ file: file.name, ok: false, text: t('verify.unreadable'), problems: [], unlisted: 0 });
      return;
    }
    if ('error' in result) setFileReport({ file: file.name, ok: false, text: t(`verify.error.${result.error}`), problems: [], unlisted: 0 });
    else {
      const report: Report = {
        file: file.name,
        ok: result.ok,
        text: result.ok ? t('verify.fileOk', { rows: result.rows }) : t('verify.problems', { count: result.problems.length }),
        problems: result.problems,
        unlisted: Math.max(0, result.problems.length - 50),
      };
      if (result.endUnchecked) report.note = t('verify.endUnchecked');
      setFileReport(report);
    }
  }

  async function checkStore() {
    setProgress(0);
    setStoreReport(null);
    try {
      const result = await verifyStore(getDb(), { onProgress: setProgress });
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      setStoreReport({
        ok: result.ok,
        text: result.ok ? t('verify.storeOk', { rows: result.rows, purged: result.purged }) : t('verify.problems', { count: total }),
        problems: result.problems,
        unlisted: Math.max(0, total - Math.min(50, result.problems.length)),
        head: result.head.nextSeq ? t('verify.storeHead', { seq: result.head.nextSeq - 1, hash: result.head.lastHash }) : t('verify.storeEmpty'),
      });
    } catch (error) {
      console.warn('[QunGuard] database verification failed', error);
      setStoreReport({ ok: false, text: t('export.failed'), problems: [], unlisted: 0 });
    } finally {
      setProgress(null);
    }
  }

  return (
    <div class="verify">
      <h3>{t('verify.heading')}</h3>
      <p class="muted">{t('verify.fileHint')}</p>
      <label class="button secondary">
        {t('verify.pickFile')}
        <input type="file" accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={onFile} data-qg-verify-file />
      </label>
      {fileReport && <ReportView report={fileReport} id="file" />}
      <p class="muted">{t('verify.storeHint')}</p>
      <div class="row">
        <button type="button" class="secondary" disabled={progress !== null} onClick={() => void checkStore()} data-qg-verify-store>
          {t('verify.storeRun')}
        </button>
        {progress !== null && <progress max={1} value={progress} />}
      </div>
      {storeReport && <ReportView report={storeReport} id="store" />}
    </div>
  );
}
