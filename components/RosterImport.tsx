import { useState } from 'preact/hooks';
import type { RosterImport as RosterResult } from '@/utils/core/nickname/roster-import';
import { readRosterFile } from '@/utils/files/roster-file';
import type { PolicyState } from '@/utils/policy/store';
import { savePolicyChange } from './policy-edit';

/** Roster import: read CSV/XLSX, preview, then save. A file with errors shows them by line and saves nothing. */
export function RosterImport({ state, locked, onChanged }: { state: PolicyState; locked: boolean; onChanged: () => void }) {
  const [preview, setPreview] = useState<RosterResult | null>(null);
  const [fileName, setFileName] = useState('');
  const [saved, setSaved] = useState('');
  const roster = state.effective.nickname.roster;

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setSaved('');
    setFileName(file.name);
    setPreview(readRosterFile(new Uint8Array(await file.arrayBuffer())));
  }

  async function save() {
    if (!preview || preview.errors.length) return;
    const issues = await savePolicyChange(state, (p) => ({ ...p, nickname: { ...p.nickname, roster: preview.entries } }));
    if (issues.length) {
      setPreview({ ...preview, errors: issues.map((i) => ({ line: 0, message: `${i.path} ${i.reason}` })) });
      return;
    }
    setSaved(`已保存花名册：${preview.entries.length} 人`);
    setPreview(null);
    onChanged();
  }

  return (
    <section class="card" data-qg-section="roster">
      <h2>员工花名册</h2>
      <p class="muted">
        当前 {roster.length} 人。导入 CSV 或 XLSX（可直接用企业微信管理后台导出的通讯录）：按表头找“姓名”“部门”列，部门路径取最后一级，多个部门用“;”分隔。
      </p>
      <label class={`button${locked ? ' disabled' : ''}`}>
        导入花名册…
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
            {fileName}：表头在第 {preview.headerLine} 行，识别到 {preview.entries.length} 人
            {Object.entries(preview.columns).length > 0 && `（列：${Object.values(preview.columns).join('、')}）`}
          </p>
          {preview.errors.length > 0 && (
            <div class="error" role="alert" data-qg-roster-result="error">
              <p>文件有误，未保存任何内容：</p>
              <ul>
                {preview.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>{e.line ? `第 ${e.line} 行：${e.message}` : e.message}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.warnings.length > 0 && (
            <ul class="muted">
              {preview.warnings.slice(0, 20).map((w, i) => (
                <li key={i}>
                  第 {w.line} 行：{w.message}
                </li>
              ))}
            </ul>
          )}
          {preview.errors.length === 0 && (
            <>
              <table class="table">
                <thead>
                  <tr>
                    <th>姓名</th>
                    <th>部门</th>
                    <th>职务</th>
                    <th>可用本名</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.entries.slice(0, 20).map((e, i) => (
                    <tr key={i}>
                      <td>{e.name}</td>
                      <td>{e.departments.join('、')}</td>
                      <td>{e.title ?? ''}</td>
                      <td>{e.exempt ? '是' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.entries.length > 20 && <p class="muted">……共 {preview.entries.length} 人</p>}
              <div class="row">
                <button type="button" onClick={() => void save()} data-qg-roster-save>
                  保存花名册
                </button>
                <button type="button" class="secondary" onClick={() => setPreview(null)}>
                  取消
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
