import type { FieldIssue } from './policy-edit';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';

/**
 * The error of one field, shown under it: one message (the first problem; the next shows once it is fixed), in
 * plain words, naming the entry of a list it is about, with `example` (a good value) where the field has one.
 */
export function FieldError({ issues, example }: { issues: FieldIssue[]; example?: string | number }) {
  const [issue] = issues;
  if (!issue) return null;
  const text = issueText(t, issue, example);
  return (
    <p class="error field-error" role="alert" data-qg-field-error>
      {issue.value !== undefined ? t('issue.atLine', { value: issue.value, text }) : text}
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
