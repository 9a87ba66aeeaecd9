import { useState } from 'preact/hooks';
import { cellText, toCsv, type Cell } from '@/utils/export/formats';
import { presentRecord } from '@/utils/export/present';
import { mergeExports, type TeamMerge as Result } from '@/utils/export/merge';
import { COLUMNS } from '@/utils/export/source';
import { t } from '@/utils/i18n';
import { downloadFile, takeFiles } from './files';
import { problemText } from './problem-text';

/** 团队汇总: merge several staff JSON exports locally, each file verified, with a per-staff breakdown. */
export function TeamMerge({ timeZone }: { timeZone: string }) {
  const [result, setResult] = useState<Result | null>(null);

  async function onFiles(event: Event) {
    const files = takeFiles(event);
    if (!files.length) return;
    setResult(await mergeExports(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })))));
  }

  function downloadMerged() {
    if (!result) return;
    // Known columns first (with the export's labels), then anything else the files carried.
    const known = COLUMNS.interactions.filter((c) => result.rows.some((r) => c.key in r));
    const extra = [...new Set(result.rows.flatMap((r) => Object.keys(r)))].filter((k) => !known.some((c) => c.key === k)).map((k) => ({ key: k, label: k }));
    // For people, like every CSV export: local times and words (JSON rows hold ISO times and codes).
    const rows = (result.rows as Array<Record<string, Cell>>).map((row) => ({
      ...Object.fromEntries(extra.map(({ key }) => [key, cellText(row[key])])),
      ...presentRecord('interactions', known, row, { timeZone }),
    }));
    const csv = toCsv({ columns: [...known, ...extra], rows });
    downloadFile([csv], 'text/csv;charset=utf-8', 'qunguard-team.csv');
  }

  return (
    <div class="team" data-qg-team>
      <h3>{t('team.heading')}</h3>
      <p class="muted">{t('team.hint')}</p>
      <label class="button secondary">
        {t('team.pickFiles')}
        <input type="file" accept=".json,application/json" multiple hidden onChange={onFiles} data-qg-team-files />
      </label>
      {result && (
        <>
          <table class="table" data-qg-team-files-result>
            <thead>
              <tr>
                <th>{t('team.file')}</th>
                <th>{t('team.rows')}</th>
                <th>{t('team.verification')}</th>
              </tr>
            </thead>
            <tbody>
              {result.files.map((f) => (
                <tr key={f.name}>
                  <td>{f.name}</td>
                  <td>{f.rows}</td>
                  <td class={f.verification?.ok ? 'ok' : 'error'}>{f.error ? t(`verify.error.${f.error}`) : f.verification!.ok ? t('team.passed') : t('team.fileProblems', { count: f.verification!.problems.length, first: problemText(f.verification!.problems[0]!) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-qg-team-summary>
            {t('team.summary', { rows: result.rows.length, duplicates: result.duplicates })}
          </p>
          <table class="table" data-qg-team-staff>
            <thead>
              <tr>
                <th>{t('team.staff')}</th>
                <th>{t('team.records')}</th>
                <th>{t('team.chats')}</th>
                <th>{t('team.inOut')}</th>
              </tr>
            </thead>
            <tbody>
              {result.staff.map((s) => (
                <tr key={s.account}>
                  <td>{s.account || t('team.unknownAccount')}</td>
                  <td>{s.rows}</td>
                  <td>{s.chats}</td>
                  <td>
                    {s.incoming} / {s.outgoing}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={downloadMerged} disabled={!result.rows.length}>
            {t('team.download')}
          </button>
        </>
      )}
    </div>
  );
}
