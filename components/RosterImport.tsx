import { useState } from 'preact/hooks';
import type { RosterImport as RosterResult } from '@/utils/core/nickname/roster-import';
import { readRosterFile } from '@/utils/files/roster-file';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import type { PolicyState } from '@/utils/policy/store';
import { takeFiles } from './files';
import { savePolicyChange } from './policy-edit';

/** Roster import: read CSV/XLSX, preview, then save. A file with errors shows them by line and saves nothing. */
export function RosterImport({ state, locked, onChanged }: { state: PolicyState; locked: boolean; onChanged: () => void }) {
  const [preview, setPreview] = useState<RosterResult | null>(null);
  const [fileName, setFileName] = useState('');
  const [saved, setSaved] = useState('');
  const roster = state.effective.nickname.roster;

  async function onFile(event: Event) {
    const [file] = takeFiles(event);
    if (!file) return;
    setSaved('');
    setFileName(file.name);
    setPreview(readRosterFile(new Uint8Array(await file.arrayBuffer())));
  }

  async function save() {
    if (!preview || preview.errors.length) return;
    const issues = await savePolicyChange(state, (p) => ({ ...p, nickname: { ...p.nickname, roster: preview.entries } }));
    if (issues.length) {
      setPreview({ ...preview, errors: issues.map((issue) => ({ line: 0, ...issue })) });
      return;
    }
    setSaved(t('roster.saved', { count: preview.entries.length }));
    setPreview(null);
    onChanged();
  }

  return (
    <section class="card" data-qg-section="roster">
      <h2>{t('roster.heading')}</h2>
      <p class="muted">
        {t('roster.hint', { count: roster.length })}
      </p>
      <label class={`button${locked ? ' disabled' : ''}`}>
        {t('roster.pick')}
        <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden disabled={locked} onChange={onFile} data-qg-roster-import />
      </label>
      {saved && (
        <p class="ok" role="status" data-qg-roster-result="saved">
          {saved}
        </p>
      )}
      {preview && (
        <div class="preview" data-qg-roster-preview>
          <p>
            {t('roster.found', { file: fileName, line: preview.headerLine, count: preview.entries.length })}
            {Object.entries(preview.columns).length > 0 && t('roster.columns', { columns: Object.values(preview.columns).join(t('list.separator')) })}
          </p>
          {preview.errors.length > 0 && (
            <div class="error" role="alert" data-qg-roster-result="error">
              <p>{t('roster.failed')}</p>
              <ul>
                {preview.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>{e.line ? t('roster.line', { line: e.line, message: issueText(t, e) }) : issueText(t, e)}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.warnings.length > 0 && (
            <ul class="muted">
              {preview.warnings.slice(0, 20).map((w, i) => (
                <li key={i}>{t('roster.line', { line: w.line, message: issueText(t, w) })}</li>
              ))}
            </ul>
          )}
          {preview.errors.length === 0 && (
            <>
              <table class="table">
                <thead>
                  <tr>
                    <th>{t('roster.column.name')}</th>
                    <th>{t('roster.column.department')}</th>
                    <th>{t('roster.column.title')}</th>
                    <th>{t('roster.column.exempt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.entries.slice(0, 20).map((e, i) => (
                    <tr key={i}>
                      <td>{e.name}</td>
                      <td>{e.departments.join(t('list.separator'))}</td>
                      <td>{e.title ?? ''}</td>
                      <td>{e.exempt ? t('roster.yes') : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.entries.length > 20 && <p class="muted">{t('roster.total', { count: preview.entries.length })}</p>}
              <div class="row">
                <button type="button" onClick={() => void save()} data-qg-roster-save>
                  {t('roster.save')}
                </button>
                <button type="button" class="secondary" onClick={() => setPreview(null)}>
                  {t('roster.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
