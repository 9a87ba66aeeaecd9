import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { importPolicyText, policyToFile, type PolicyState } from '@/utils/policy/store';
import { logPolicyChange } from '@/utils/store/policy-log';
import { downloadFile } from './download';

/** Import / export of the policy file. A bad file shows every error (JSON path + reason) and changes nothing. */
export function PolicyFilePanel({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importPolicyText(await file.text());
    if (result.ok) {
      await logPolicyChange(state.local, result.policy, 'import').catch((error) => console.warn('[QunGuard] policy change not logged', error));
      setIssues(null);
      setMessage(t('policy.imported', { name: result.policy.name }));
      onChanged();
    } else {
      setMessage(null);
      setIssues(result.issues);
    }
  }

  const download = () => downloadFile([policyToFile(state.local)], 'application/json', 'qunguard-policy.json');

  return (
    <section class="card" data-qg-section="policy-file">
      <h2>{t('policy.heading')}</h2>
      <p>
        {t('policy.name')}: <b data-qg-policy-name>{state.effective.name}</b>
        {state.local.updatedAt && (
          <span class="muted">
            {' '}
            · {t('policy.updatedAt')}: {new Date(state.local.updatedAt).toLocaleString()}
          </span>
        )}
      </p>
      {state.managed.present && state.managed.issues.length === 0 && <p class="managed">🔒 {t('policy.managed')}</p>}
      {state.managed.issues.length > 0 && <IssueList title={t('policy.managedInvalid')} issues={state.managed.issues} />}
      <div class="row">
        <label class="button">
          {t('policy.import')}
          <input type="file" accept=".json,application/json" data-qg-policy-import hidden onChange={onFile} />
        </label>
        <button type="button" onClick={download} data-qg-policy-export>
          {t('policy.export')}
        </button>
      </div>
      {message && (
        <p class="ok" role="status" data-qg-policy-result="ok">
          {message}
        </p>
      )}
      {issues && <IssueList title={t('policy.importFailed')} issues={issues} />}
    </section>
  );
}

function IssueList({ title, issues }: { title: string; issues: ValidationIssue[] }) {
  return (
    <div class="error" role="alert" data-qg-policy-result="error">
      <p>{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code> {issueText(t, issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
