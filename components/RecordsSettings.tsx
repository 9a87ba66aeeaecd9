import type { Policy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock as LockIcon } from './FieldError';
import { DraftNumber } from './DraftField';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';

/**
 * Section 客户记录 (records): what the local log keeps. Saved like every other section (savePolicyChange):
 * validated first, recorded in the log.
 */
export function RecordsSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const records = state.effective.records;
  const locked = (field: keyof Policy['records']) => lockedAt(state, `records.${field}`);
  const update = (patch: Partial<Policy['records']>) => change((p) => ({ ...p, records: { ...p.records, ...patch } }));

  return (
    <section class="card" data-qg-section="records">
      <h2>{t('records.heading')}</h2>
      <label class="field">
        <input
          type="checkbox"
          checked={records.storeText}
          disabled={locked('storeText')}
          onChange={(e) => void update({ storeText: e.currentTarget.checked })}
        />
        {t('records.storeText')} {locked('storeText') && <Lock />}
      </label>
      <label class="field">
        {t('records.maxTextChars')}
        <DraftNumber min={0} value={records.maxTextChars} disabled={locked('maxTextChars')} onCommit={(maxTextChars) => update({ maxTextChars })} data-qg-field="records.maxTextChars" />
        {locked('maxTextChars') && <Lock />}
      </label>
      <FieldError issues={issuesAt(issues, '$.records.maxTextChars')} example={500} />
      <label class="field">
        {t('records.retentionDays')}
        <DraftNumber min={1} value={records.retentionDays} disabled={locked('retentionDays')} onCommit={(retentionDays) => update({ retentionDays })} data-qg-field="records.retentionDays" />
        {locked('retentionDays') && <Lock />}
      </label>
      <FieldError issues={issuesAt(issues, '$.records.retentionDays')} example={180} />
      <label class="field">
        {t('records.scope')}
        <select value={records.scope} disabled={locked('scope')} onChange={(e) => void update({ scope: e.currentTarget.value as 'customer' | 'all' })} data-qg-field="records.scope">
          <option value="customer">{t('records.scope.customer')}</option>
          <option value="all">{t('records.scope.all')}</option>
        </select>
        {locked('scope') && <Lock />}
      </label>
      <FieldError issues={issuesAt(issues, '$.records').filter((i) => !/maxTextChars|retentionDays/.test(i.path))} />
    </section>
  );
}

const Lock = () => <LockIcon locked />;
