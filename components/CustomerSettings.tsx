import { useEffect, useState } from 'preact/hooks';
import type { CustomerPolicy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import { waitText } from '@/utils/i18n/messages/shared';
import type { PolicyState } from '@/utils/policy/store';
import { getDb } from '@/utils/store/db';
import { ALL_CHATS, dailyCustomerFigures, type DailyFigure } from '@/utils/store/queries';
import { storageUse, type StorageUse } from '@/utils/store/retention';
import { FieldError, Lock } from './FieldError';
import { DraftNumber } from './DraftField';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';
import { RecordsSettings } from './RecordsSettings';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Section 客户记录: what is recorded, reply clock, storage, and the daily figures (leaders and notices: LeadersSettings). */
export function CustomerSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [figures, setFigures] = useState<DailyFigure[] | null>(null);
  const c = state.effective.customer;
  const locked = lockedAt(state, 'customer');
  useEffect(() => {
    void storageUse().then(setStorage);
    void dailyCustomerFigures(getDb(), state.effective, Date.now() - 14 * 86_400_000).then(setFigures, () => setFigures([]));
  }, [state]);
  const set = (patch: Partial<CustomerPolicy>) => change((p) => ({ ...p, customer: { ...p.customer, ...patch } }));
  return (
    <>
      <RecordsSettings state={state} onChanged={onChanged} />
      <section class="card" data-qg-section="customer">
        <h2>
          {t('cust.heading')} <Lock locked={locked} />
        </h2>
        <p class="muted">{t('cust.hint')}</p>
        <label class="field">
          {t('cust.sla.before')}
          <DraftNumber min={1} value={c.slaMinutes} disabled={locked} onCommit={(slaMinutes) => set({ slaMinutes })} data-qg-field="customer.slaMinutes" />
          {t('cust.sla.after')}
        </label>
        <FieldError issues={issuesAt(issues, '$.customer.slaMinutes')} example={30} />
        <div class="row wrap">
          {t('cust.businessHours')}
          {DAYS.map((d) => (
            <label class="chip" key={d}>
              <input type="checkbox" checked={c.businessHours.days.includes(d)} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, days: e.currentTarget.checked ? [...c.businessHours.days, d].sort() : c.businessHours.days.filter((x) => x !== d) } })} />
              {t(`quiet.day.${d}`)}
            </label>
          ))}
          <input type="time" value={c.businessHours.start} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, start: e.currentTarget.value } })} aria-label={t('cust.start')} />–
          <input type="time" value={c.businessHours.end} disabled={locked} onChange={(e) => void set({ businessHours: { ...c.businessHours, end: e.currentTarget.value } })} aria-label={t('cust.end')} />
        </div>
        <FieldError issues={issuesAt(issues, '$.customer.businessHours')} />
        <label class="field">
          <input type="checkbox" checked={c.pauseOutsideBusinessHours} disabled={locked} onChange={(e) => void set({ pauseOutsideBusinessHours: e.currentTarget.checked })} />
          {t('cust.pauseOutside')}
        </label>
        <label class="field">
          <input type="checkbox" checked={c.pauseInQuietHours} disabled={locked} onChange={(e) => void set({ pauseInQuietHours: e.currentTarget.checked })} />
          {t('cust.pauseQuiet')}
        </label>
      </section>
      <section class="card" data-qg-section="storage">
        <h2>{t('storage.heading')}</h2>
        {storage ? (
          <p class={storage.warning ? 'error' : ''} data-qg-storage-warning={storage.warning}>
            {t('storage.use', { used: mb(storage.usage), quota: mb(storage.quota), share: (storage.share * 100).toFixed(1) })}
            {storage.warning && t('storage.warning')}
          </p>
        ) : (
          <p class="muted">{t('storage.unknown')}</p>
        )}
        <p class="muted">{t('storage.purge')}</p>
      </section>
      <section class="card" data-qg-section="customer-figures">
        <h2>{t('figures.heading')}</h2>
        {figures && figures.length === 0 && <p class="muted">{t('figures.none')}</p>}
        {figures && figures.length > 0 && (
          <table class="table" data-qg-figures>
            <thead>
              <tr>
                <th>{t('figures.day')}</th>
                <th>{t('figures.account')}</th>
                <th>{t('figures.chat')}</th>
                <th>{t('figures.inOut')}</th>
                <th>{t('figures.firstReply')}</th>
                <th>{t('figures.withinSla', { minutes: c.slaMinutes })}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={`${f.day}-${f.account}-${f.chat}`}>
                  <td>{f.day}</td>
                  <td>{f.account}</td>
                  <td>{f.chat === ALL_CHATS ? t('figures.allChats') : f.chat}</td>
                  <td>
                    {f.incoming} / {f.outgoing}
                  </td>
                  <td>{f.p50 === null ? '—' : `${waitText(t, f.p50)} / ${waitText(t, f.p90!)}`}</td>
                  <td>{f.withinSla === null ? '—' : `${Math.round(f.withinSla * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="muted">{t('figures.timeSource')}</p>
      </section>
    </>
  );
}
