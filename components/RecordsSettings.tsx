import { isLocked } from '@/utils/core/policy/merge';
import type { Policy } from '@/utils/core/policy/model';
import { validatePolicyObject } from '@/utils/core/policy/parse';
import { t } from '@/utils/i18n';
import { saveLocalPolicy, type PolicyState } from '@/utils/policy/store';
import { useState } from 'preact/hooks';

/** Section 客户记录 (records): what the local log keeps. Each change is validated before it is saved. */
export function RecordsSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const records = state.effective.records;
  const locked = (field: keyof Policy['records']) => isLocked(`records.${field}`, state.locked);

  async function update(patch: Partial<Policy['records']>) {
    const next = { ...state.local, records: { ...state.local.records, ...patch } };
    const checked = validatePolicyObject(next);
    if (!checked.ok) {
      setError(checked.issues.map((issue) => `${issue.path} ${issue.reason}`).join('；'));
      return;
    }
    setError(null);
    await saveLocalPolicy(checked.policy);
    onChanged();
  }

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
        <input
          type="number"
          min={0}
          value={records.maxTextChars}
          disabled={locked('maxTextChars')}
          onChange={(e) => void update({ maxTextChars: Number(e.currentTarget.value) })}
        />
        {locked('maxTextChars') && <Lock />}
      </label>
      <label class="field">
        {t('records.retentionDays')}
        <input
          type="number"
          min={1}
          value={records.retentionDays}
          disabled={locked('retentionDays')}
          onChange={(e) => void update({ retentionDays: Number(e.currentTarget.value) })}
        />
        {locked('retentionDays') && <Lock />}
      </label>
      <label class="field">
        记录范围
        <select value={records.scope} disabled={locked('scope')} onChange={(e) => void update({ scope: e.currentTarget.value as 'customer' | 'all' })} data-qg-field="records.scope">
          <option value="customer">仅客户聊天</option>
          <option value="all">所有聊天（“忽略”的除外）</option>
        </select>
        {locked('scope') && <Lock />}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Lock() {
  return (
    <span class="lock" title={t('policy.locked')} data-qg-locked>
      🔒
    </span>
  );
}
