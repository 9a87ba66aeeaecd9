import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { keptPolicyToFile, type PolicyState } from '@/utils/policy/store';
import { downloadFile } from './files';

/** Which policy is in force while another is kept but not applied, in words. */
function inForce(state: PolicyState): string {
  if (state.effectiveFrom === 'lastGood') return t('health.inForce.lastGood', { name: state.effective.name });
  if (state.effectiveFrom === 'local') return t('health.inForce.local', { name: state.effective.name });
  return t('health.inForce.defaults');
}

function Issues({ issues }: { issues: ValidationIssue[] }) {
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{issue.path}</code> {issueText(t, issue)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Kept, not applied": a stored local policy that does not validate, a managed policy that does not, or the two
 * that do not together. Says which policy is in force instead. `compact` (popup): headline only.
 */
export function PolicyHealthNotice({ state, compact = false }: { state: PolicyState; compact?: boolean }) {
  const managedIssues = state.managed.issues.length ? state.managed.issues : state.mergedIssues;
  if (!state.localKept && !managedIssues.length) return null;
  const managedTitle = state.managed.issues.length ? t('health.managedInvalid.title') : t('health.mergedInvalid.title');
  const kept = state.localKept;
  return (
    <div class="error policy-health" role="alert" data-qg-policy-notice={kept ? 'local-kept' : 'managed-not-applied'}>
      {kept && <p><b>{t('health.localKept.title')}</b></p>}
      {managedIssues.length > 0 && <p><b>{managedTitle}</b></p>}
      <p data-qg-policy-in-force={state.effectiveFrom}>{inForce(state)}</p>
      {compact ? (
        <p>{t('health.popup.details')}</p>
      ) : (
        <>
          {kept && (
            <>
              <p>{t('health.fix.local')}</p>
              <Issues issues={kept.issues} />
              <button type="button" class="secondary" onClick={() => downloadFile([keptPolicyToFile(kept.stored)], 'application/json', 'qunguard-policy-not-applied.json')} data-qg-policy-download-kept>
                {t('health.downloadKept')}
              </button>
            </>
          )}
          {managedIssues.length > 0 && (
            <>
              <p>{t('health.fix.managed')}</p>
              <Issues issues={managedIssues} />
            </>
          )}
        </>
      )}
    </div>
  );
}
