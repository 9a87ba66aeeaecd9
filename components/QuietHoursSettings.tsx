import { inQuietHours, type QuietHoursPolicy, type QuietWindow } from '@/utils/core/quiet-hours';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { HolidayCalendarEditor } from './HolidayCalendarEditor';
import { FieldError, Lock } from './FieldError';
import { DraftLines } from './DraftField';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Section 免打扰时段: windows per weekday (may cross midnight), holidays, 调休 days, scope, exemptions. */
export function QuietHoursSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const q = state.effective.quietHours;
  const locked = lockedAt(state, 'quietHours');
  const set = (patch: Partial<QuietHoursPolicy>) => change((p) => ({ ...p, quietHours: { ...p.quietHours, ...patch } }));
  const setWindow = (i: number, patch: Partial<QuietWindow>) => void set({ windows: q.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const now = inQuietHours(Date.now(), state.effective.timeZone, q);
  return (
    <section class="card" data-qg-section="quiet-hours">
      <h2>{t('quiet.heading')}</h2>
      <label class="field">
        <input type="checkbox" checked={q.enabled} disabled={locked} onChange={(e) => void set({ enabled: e.currentTarget.checked })} />
        {t('quiet.enabled')} <Lock locked={locked} />
      </label>
      <p class="muted">
        {t('quiet.zone', { zone: state.effective.timeZone })}
        {now.quiet ? t('quiet.nowQuiet', { reason: now.holiday ? t('quiet.holiday', { date: now.holiday }) : (now.window ?? '') }) : t('quiet.nowOpen')}
      </p>
      {q.windows.map((w, i) => (
        <div class="row wrap" key={i} data-qg-window={i}>
          {DAYS.map((d) => (
            <label class="chip" key={d}>
              <input type="checkbox" checked={w.days.includes(d)} disabled={locked} onChange={(e) => setWindow(i, { days: e.currentTarget.checked ? [...w.days, d].sort() : w.days.filter((x) => x !== d) })} />
              {t(`quiet.day.${d}`)}
            </label>
          ))}
          <input type="time" value={w.start} disabled={locked} onChange={(e) => setWindow(i, { start: e.currentTarget.value })} aria-label={t('quiet.start')} />–
          <input type="time" value={w.end} disabled={locked} onChange={(e) => setWindow(i, { end: e.currentTarget.value })} aria-label={t('quiet.end')} />
          {!locked && (
            <button type="button" class="secondary" onClick={() => void set({ windows: q.windows.filter((_, j) => j !== i) })}>
              {t('quiet.remove')}
            </button>
          )}
        </div>
      ))}
      {!locked && (
        <button type="button" class="secondary" onClick={() => void set({ windows: [...q.windows, { days: [1, 2, 3, 4, 5, 6, 7], start: '23:30', end: '07:30' }] })}>
          {t('quiet.add')}
        </button>
      )}
      <FieldError issues={issuesAt(issues, '$.quietHours.windows')} />
      <HolidayCalendarEditor q={q} locked={locked} set={set} />
      <div class="grid2">
        <label>
          {t('quiet.holidays')}
          <DraftLines rows={4} disabled={locked} value={q.holidays} onCommit={(holidays) => set({ holidays })} data-qg-field="quietHours.holidays" placeholder="2027-01-01" />
          <FieldError issues={issuesAt(issues, '$.quietHours.holidays')} />
        </label>
        <label>
          {t('quiet.workdays', { day: t(`quiet.day.${DAYS[q.workdayAs - 1] ?? 6}`) })}
          <DraftLines rows={4} disabled={locked} value={q.workdays} onCommit={(workdays) => set({ workdays })} data-qg-field="quietHours.workdays" placeholder="2027-02-07" />
          <FieldError issues={issuesAt(issues, '$.quietHours.workdays')} />
        </label>
      </div>
      <p>{t('quiet.appliesTo')}</p>
      <div class="row wrap">
        {(['groups', 'direct', 'customers'] as const).map((k) => (
          <label class="chip" key={k}>
            <input type="checkbox" checked={q.scope[k]} disabled={locked} onChange={(e) => void set({ scope: { ...q.scope, [k]: e.currentTarget.checked } })} />
            {t(`quiet.scope.${k}`)}
          </label>
        ))}
        <label class="chip">
          {t('quiet.action')}
          <select value={q.action} disabled={locked} onChange={(e) => void set({ action: e.currentTarget.value as 'warn' | 'block' })}>
            <option value="warn">{t('action.warn')}</option>
            <option value="block">{t('action.block')}</option>
          </select>
        </label>
      </div>
      <label>
        {t('quiet.exemptGroups')}
        <DraftLines rows={3} disabled={locked} value={q.exemptGroups} onCommit={(exemptGroups) => set({ exemptGroups })} data-qg-field="quietHours.exemptGroups" />
        <FieldError issues={issuesAt(issues, '$.quietHours.exemptGroups')} />
      </label>
    </section>
  );
}
