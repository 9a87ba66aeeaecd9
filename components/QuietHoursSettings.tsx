import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import type { Policy } from '@/utils/core/policy/model';
import { inQuietHours, type QuietHoursPolicy, type QuietWindow } from '@/utils/core/quiet-hours';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { issuesAt, linesToList, lockedAt, savePolicyChange } from './policy-edit';

const DAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Section 免打扰时段: windows per weekday (may cross midnight), holidays, 调休 days, scope, exemptions. */
export function QuietHoursSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const q = state.effective.quietHours;
  const locked = lockedAt(state, 'quietHours');
  async function set(patch: Partial<QuietHoursPolicy>) {
    const found = await savePolicyChange(state, (p: Policy) => ({ ...p, quietHours: { ...p.quietHours, ...patch } }));
    setIssues(found);
    if (!found.length) onChanged();
  }
  const setWindow = (i: number, patch: Partial<QuietWindow>) => void set({ windows: q.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const now = inQuietHours(Date.now(), state.effective.timeZone, q);
  return (
    <section class="card" data-qg-section="quiet-hours">
      <h2>免打扰时段</h2>
      <label class="field">
        <input type="checkbox" checked={q.enabled} disabled={locked} onChange={(e) => void set({ enabled: e.currentTarget.checked })} />
        在免打扰时段发消息前提醒 <Lock locked={locked} />
      </label>
      <p class="muted">
        时区：{state.effective.timeZone}（与电脑时区无关）。现在{now.quiet ? `处于免打扰时段（${now.reason}）` : '不在免打扰时段'}。
      </p>
      {q.windows.map((w, i) => (
        <div class="row wrap" key={i} data-qg-window={i}>
          {DAYS.map((d, k) => (
            <label class="chip" key={d}>
              <input type="checkbox" checked={w.days.includes(k + 1)} disabled={locked} onChange={(e) => setWindow(i, { days: e.currentTarget.checked ? [...w.days, k + 1].sort() : w.days.filter((x) => x !== k + 1) })} />
              周{d}
            </label>
          ))}
          <input type="time" value={w.start} disabled={locked} onChange={(e) => setWindow(i, { start: e.currentTarget.value })} aria-label="开始" />–
          <input type="time" value={w.end} disabled={locked} onChange={(e) => setWindow(i, { end: e.currentTarget.value })} aria-label="结束（早于开始表示跨过午夜）" />
          {!locked && (
            <button type="button" class="secondary" onClick={() => void set({ windows: q.windows.filter((_, j) => j !== i) })}>
              删除
            </button>
          )}
        </div>
      ))}
      {!locked && (
        <button type="button" class="secondary" onClick={() => void set({ windows: [...q.windows, { days: [1, 2, 3, 4, 5, 6, 7], start: '23:30', end: '07:30' }] })}>
          添加时段
        </button>
      )}
      <FieldError issues={issuesAt(issues, '$.quietHours.windows')} />
      <div class="grid2">
        <label>
          节假日（全天免打扰），每行一个 YYYY-MM-DD
          <textarea rows={4} disabled={locked} value={q.holidays.join('\n')} onChange={(e) => void set({ holidays: linesToList(e.currentTarget.value) })} data-qg-field="quietHours.holidays" />
          <FieldError issues={issuesAt(issues, '$.quietHours.holidays')} />
        </label>
        <label>
          调休上班日（按周{DAYS[q.workdayAs - 1]}处理），每行一个 YYYY-MM-DD
          <textarea rows={4} disabled={locked} value={q.workdays.join('\n')} onChange={(e) => void set({ workdays: linesToList(e.currentTarget.value) })} data-qg-field="quietHours.workdays" />
          <FieldError issues={issuesAt(issues, '$.quietHours.workdays')} />
        </label>
      </div>
      <p>适用于：</p>
      <div class="row wrap">
        {(['groups', 'direct', 'customers'] as const).map((k) => (
          <label class="chip" key={k}>
            <input type="checkbox" checked={q.scope[k]} disabled={locked} onChange={(e) => void set({ scope: { ...q.scope, [k]: e.currentTarget.checked } })} />
            {{ groups: '群聊', direct: '单聊', customers: '客户聊天' }[k]}
          </label>
        ))}
        <label class="chip">
          处理方式
          <select value={q.action} disabled={locked} onChange={(e) => void set({ action: e.currentTarget.value as 'warn' | 'block' })}>
            <option value="warn">提醒</option>
            <option value="block">禁止</option>
          </select>
        </label>
      </div>
      <label>
        不受限制的群（值班群等），群名包含的文字或 /正则/，每行一个
        <textarea rows={3} disabled={locked} value={q.exemptGroups.join('\n')} onChange={(e) => void set({ exemptGroups: linesToList(e.currentTarget.value) })} />
        <FieldError issues={issuesAt(issues, '$.quietHours.exemptGroups')} />
      </label>
    </section>
  );
}
