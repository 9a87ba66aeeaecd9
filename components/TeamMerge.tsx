import { useState } from 'preact/hooks';
import { toCsv, type Cell } from '@/utils/export/formats';
import { mergeExports, type TeamMerge as Result } from '@/utils/export/merge';
import { COLUMNS } from '@/utils/export/source';
import { downloadFile } from './download';

/** 团队汇总: merge several staff JSON exports locally, each file verified, with a per-staff breakdown. */
export function TeamMerge() {
  const [result, setResult] = useState<Result | null>(null);

  async function onFiles(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setResult(await mergeExports(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })))));
  }

  function downloadMerged() {
    if (!result) return;
    // Known columns first (labels in Chinese), then anything else the files carried.
    const known = COLUMNS.interactions.filter((c) => result.rows.some((r) => c.key in r));
    const extra = [...new Set(result.rows.flatMap((r) => Object.keys(r)))].filter((k) => !known.some((c) => c.key === k)).map((k) => ({ key: k, label: k }));
    const csv = toCsv({ columns: [...known, ...extra], rows: result.rows as Array<Record<string, Cell>> });
    downloadFile([csv], 'text/csv;charset=utf-8', 'qunguard-team.csv');
  }

  return (
    <div class="team" data-qg-team>
      <h3>团队汇总</h3>
      <p class="muted">选择多名员工导出的 JSON 文件：逐个校验、去重合并，并按员工统计。全部在本机完成。</p>
      <label class="button secondary">
        选择多个 JSON 导出文件…
        <input type="file" accept=".json,application/json" multiple hidden onChange={onFiles} data-qg-team-files />
      </label>
      {result && (
        <>
          <table class="table" data-qg-team-files-result>
            <thead>
              <tr>
                <th>文件</th>
                <th>行数</th>
                <th>校验</th>
              </tr>
            </thead>
            <tbody>
              {result.files.map((f) => (
                <tr key={f.name}>
                  <td>{f.name}</td>
                  <td>{f.rows}</td>
                  <td class={f.verification?.ok ? 'ok' : 'error'}>{f.error ?? (f.verification!.ok ? '通过' : `${f.verification!.problems.length} 处问题：${f.verification!.problems[0]!.detail}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-qg-team-summary>
            合并后 {result.rows.length} 行（去掉重复 {result.duplicates} 行）
          </p>
          <table class="table" data-qg-team-staff>
            <thead>
              <tr>
                <th>员工（账号）</th>
                <th>记录</th>
                <th>聊天</th>
                <th>收 / 发</th>
              </tr>
            </thead>
            <tbody>
              {result.staff.map((s) => (
                <tr key={s.account}>
                  <td>{s.account || '（未知）'}</td>
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
            下载合并结果（CSV）
          </button>
        </>
      )}
    </div>
  );
}
