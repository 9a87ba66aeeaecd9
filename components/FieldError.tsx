import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';

/** Errors shown next to the field they belong to. */
export function FieldError({ issues }: { issues: ValidationIssue[] }) {
  if (!issues.length) return null;
  return (
    <p class="error field-error" role="alert">
      {issues.map((i) => issueText(t, i)).join(t('list.semicolon'))}
    </p>
  );
}

export function Lock({ locked }: { locked: boolean }) {
  return locked ? (
    <span class="lock" title={t('field.locked')} data-qg-locked>
      🔒
    </span>
  ) : null;
}
