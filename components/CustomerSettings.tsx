import { useEffect, useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import type { CustomerPolicy, Policy } from '@/utils/core/policy/model';
import { formatWait } from '@/utils/core/sla';
import type { PolicyState } from '@/utils/policy/store';
import { getDb } from '@/utils/store/db';
import { dailyCustomerFigures, type DailyFigure } from '@/utils/store/queries';
import { storageUse, type StorageUse } from '@/utils/store/retention';
import { FieldError, Lock } from './FieldError';
import { issuesAt, linesToList, lockedAt, savePolicyChange } from './policy-edit';
import { RecordsSettings } from './RecordsSettings';

const DAYS = ['一', '二', '三', '四', '五', '六', '日'];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Section 客户记录: what is recorded, reply clock, leaders and notices, storage, and the daily figures. */
export function CustomerSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [figures, setFigures] = useState<DailyFigure[] | null>(null);
  const c = state.effective.customer;
  const locked = lockedAt(state, 'customer');
  useEffect(() => {
    void storageUse().then(setStorage);
    void dailyCustomerFigures(getDb(), state.effective, Date.now() - 14 * 86_400_000).then(setFigures, () => setFigures([]));
  }, [state]);
  async function set(patch: Partial<CustomerPolicy>) {
    const found = await savePolicyChange(state, (p: Policy) => ({ ...p, customer: { ...p.customer, ...patch } }));
    setIssues(found);
    if (!found.length) onChanged();
  }
  const num = (value: string) => Number(value);
  return (
    <>
      <RecordsSettings state={state} onChanged={onChanged} />
      <section class="card" data-qg-section="customer">
        <h2>回复时限 <Lock locked={locked} /></h2>
        <p class="muted">客户聊天按“昵称规则 → 群分类”的规则判断，员工也可在聊天页顶部一键标记。</p>
        <label class="field">
          客户消息超过
          <input type="number" min={1} value={c.slaMinutes} disabled={locked} onChange={(e) => void set({ slaMinutes: num(e.currentTarget.value) })} data-qg-field="customer.slaMinutes" />
          分钟未回复时提醒
        </label>
        <FieldError issues={issuesAt(issues, '$.customer.slaMinutes')} />
        <div class="row wrap">
          工作时间：
          {DAYS.map((d, k) => (
            <label class="chip" key={d}>
              <input type="checkbox" checked={c.businessHours.days.includes(k + 1)} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, days: e.currentTarget.checked ? [...c.businessHours.days, k + 1].sort() : c.businessHours.days.filter((x) => x !== k + 1) } })} />
              周{d}
            </label>
          ))}
          <input type="time" value={c.businessHours.start} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, start: e.currentTarget.value } })} aria-label="上班" />–
          <input type="time" value={c.businessHours.end} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, end: e.currentTarget.value } })} aria-label="下班" />
        </div>
        <FieldError issues={issuesAt(issues, '$.customer.businessHours')} />
        <label class="field">
          <input type="checkbox" checked={c.pauseOutsideBusinessHours} disabled={locked} onChange={(e) => void set({ pauseOutsideBusinessHours: e.currentTarget.checked })} />
          非工作时间不计时
        </label>
        <label class="field">
          <input type="checkbox" checked={c.pauseInQuietHours} disabled={locked} onChange={(e) => void set({ pauseInQuietHours: e.currentTarget.checked })} />
          免打扰时段不计时
        </label>
        <h3>领导 @我 与通知回执（内部群）</h3>
        <div class="grid2">
          <label>
            领导（群里显示的名字），每行一个
            <textarea rows={3} disabled={locked} value={c.leaders.join('\n')} onChange={(e) => void set({ leaders: linesToList(e.currentTarget.value) })} data-qg-field="customer.leaders" />
          </label>
          <label>
            通知发布人（领导也算），每行一个
            <textarea rows={3} disabled={locked} value={c.noticeSenders.join('\n')} onChange={(e) => void set({ noticeSenders: linesToList(e.currentTarget.value) })} data-qg-field="customer.noticeSenders" />
          </label>
          <label>
            通知标记（开头是这些字，或含 @所有人）
            <textarea rows={3} disabled={locked} value={c.noticeMarkers.join('\n')} onChange={(e) => void set({ noticeMarkers: linesToList(e.currentTarget.value) })} />
          </label>
          <label>
            回执关键词
            <textarea rows={3} disabled={locked} value={c.noticeKeywords.join('\n')} onChange={(e) => void set({ noticeKeywords: linesToList(e.currentTarget.value) })} />
          </label>
        </div>
        <label class="field">
          领导 @我 后
          <input type="number" min={1} value={c.leaderReplyMinutes} disabled={locked} onChange={(e) => void set({ leaderReplyMinutes: num(e.currentTarget.value) })} />
          分钟未回复提醒；通知需在
          <input type="number" min={1} value={c.noticeWindowMinutes} disabled={locked} onChange={(e) => void set({ noticeWindowMinutes: num(e.currentTarget.value) })} />
          分钟内回复
        </label>
        <FieldError issues={issuesAt(issues, '$.customer')} />
      </section>
      <section class="card" data-qg-section="storage">
        <h2>本机存储</h2>
        {storage ? (
          <p class={storage.warning ? 'error' : ''} data-qg-storage-warning={storage.warning}>
            已用 {mb(storage.usage)} / 可用 {mb(storage.quota)}（{(storage.share * 100).toFixed(1)}%）
            {storage.warning && '：空间快满了，请导出记录后缩短保留天数。'}
          </p>
        ) : (
          <p class="muted">浏览器没有提供存储用量。</p>
        )}
        <p class="muted">超过保留天数的记录每天自动删除。</p>
      </section>
      <section class="card" data-qg-section="customer-figures">
        <h2>近 14 天客户回复情况</h2>
        {figures && figures.length === 0 && <p class="muted">还没有客户聊天记录。</p>}
        {figures && figures.length > 0 && (
          <table class="table" data-qg-figures>
            <thead>
              <tr>
                <th>日期</th>
                <th>账号</th>
                <th>客户聊天</th>
                <th>收 / 发</th>
                <th>首次回复 p50 / p90</th>
                <th>{c.slaMinutes} 分钟内回复</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={`${f.day}-${f.account}-${f.chat}`}>
                  <td>{f.day}</td>
                  <td>{f.account}</td>
                  <td>{f.chat}</td>
                  <td>
                    {f.incoming} / {f.outgoing}
                  </td>
                  <td>{f.p50 === null ? '—' : `${formatWait(f.p50)} / ${formatWait(f.p90!)}`}</td>
                  <td>{f.withinSla === null ? '—' : `${Math.round(f.withinSla * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="muted">时间取自页面显示的时间分隔（如“14:53”），没有分隔的消息用首次看到的时间。</p>
      </section>
    </>
  );
}
