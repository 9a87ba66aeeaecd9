import type { ValidationIssue } from '@/utils/core/policy/json-schema';

/** Errors shown next to the field they belong to. */
export function FieldError({ issues }: { issues: ValidationIssue[] }) {
  if (!issues.length) return null;
  return (
    <p class="error field-error" role="alert">
      {issues.map((i) => `${i.reason}`).join('；')}
    </p>
  );
}

export function Lock({ locked }: { locked: boolean }) {
  return locked ? (
    <span class="lock" title="已由企业策略锁定" data-qg-locked>
      🔒
    </span>
  ) : null;
}
