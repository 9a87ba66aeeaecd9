import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import type { Policy } from '@/utils/core/policy/model';
import { parsePolicyText } from '@/utils/core/policy/parse';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { policyToFile, type PolicyState } from '@/utils/policy/store';
import { describePolicyChange } from '@/utils/store/policy-log';
import { downloadFile, takeFiles } from './files';
import { localTime } from '@/utils/export/present';
import { DraftInput } from './DraftField';
import { FieldError, Lock } from './FieldError';
import { changeText, settingName } from './policy-change-text';
import { issuesAt, lockedAt, saveValidPolicy, usePolicyEditor } from './policy-edit';

interface Preview {
  file: string;
  policy: Policy;
  changed: string[];
  exemptions?: { added: string[]; removed: string[] };
}

/**
 * Import / export of the policy file. A good file is previewed (which fields change, who is (un)exempted) and
 * applied only when confirmed; a bad file shows every error (JSON path + reason) and changes nothing.
 */
export function PolicyFilePanel({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const editor = usePolicyEditor(state, onChanged);
  const nameLocked = lockedAt(state, 'name');

  async function onFile(event: Event) {
    const [file] = takeFiles(event);
    if (!file) return;
    setMessage(null);
    const result = parsePolicyText(await file.text());
    if (!result.ok) {
      setPreview(null);
      setIssues(result.issues);
      return;
    }
    setIssues(null);
    const change = describePolicyChange(state.local, result.policy) as Omit<Preview, 'file' | 'policy'>;
    setPreview({ file: file.name, policy: result.policy, ...change });
  }

  async function apply() {
    if (!preview) return;
    await saveValidPolicy(state, preview.policy, 'import');
    setPreview(null);
    setMessage(t('policy.imported', { name: preview.policy.name }));
    onChanged();
  }

  const download = () => downloadFile([policyToFile(state.local)], 'application/json', 'qunguard-policy.json');

  return (
    <section class="card" data-qg-section="policy-file">
      <h2>{t('policy.heading')}</h2>
      <label class="field name-edit">
        {t('policy.name')}
        <DraftInput value={state.effective.name} disabled={nameLocked} onCommit={(name) => editor.change((p) => ({ ...p, name: name.trim() }))} aria-label={t('ux.policyName.aria')} data-qg-field="name" />
        <Lock locked={nameLocked} />
      </label>
      <FieldError issues={issuesAt(editor.issues, '$.name')} example={t('ux.policyName.example')} />
      <p>
        {t('policy.name')}: <b data-qg-policy-name>{state.effective.name}</b>
        {state.local.updatedAt && (
          <span class="muted">
            {' '}
            · {t('policy.updatedAt')}: {localTime(state.local.updatedAt, state.effective.timeZone)}
          </span>
        )}
      </p>
      {state.managed.present && state.managed.issues.length === 0 && <p class="managed">🔒 {t('policy.managed')}</p>}
      <div class="row">
        <label class="button">
          {t('policy.import')}
          <input type="file" accept=".json,application/json" data-qg-policy-import hidden onChange={onFile} />
        </label>
        <button type="button" onClick={download} data-qg-policy-export>
          {t('policy.export')}
        </button>
      </div>
      {preview && (
        <div class="preview" data-qg-policy-preview>
          <p>{t('policy.preview', { file: preview.file, name: preview.policy.name })}</p>
          {preview.changed.length ? (
            <ul>
              {preview.changed.map((path) => (
                <li key={path} data-qg-preview-path={path}>
                  {changeText(state.local, preview.policy, path)}
                </li>
              ))}
              {preview.exemptions?.added.map((e) => <li key={`+${e}`}>{t('policy.exemptionAdded', { exemption: e })}</li>)}
              {preview.exemptions?.removed.map((e) => <li key={`-${e}`}>{t('policy.exemptionRemoved', { exemption: e })}</li>)}
            </ul>
          ) : (
            <p class="muted">{t('policy.noChanges')}</p>
          )}
          <div class="row">
            <button type="button" onClick={() => void apply()} data-qg-policy-apply>
              {t('policy.apply')}
            </button>
            <button type="button" class="secondary" onClick={() => setPreview(null)}>
              {t('policy.cancel')}
            </button>
          </div>
        </div>
      )}
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
            {t('ux.preview.issue', { setting: settingName(issue.path.replace(/^\$\.?/, '').replace(/\[.*$/, '').split('.').slice(0, 2).join('.') || 'name'), text: issueText(t, issue) })} <code class="muted">{issue.path}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
