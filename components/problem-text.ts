/** A chain verification finding in words (utils/tamper/problem.ts Problem -> the locale's text). */
import type { Problem } from '@/utils/tamper/problem';
import { t } from '@/utils/i18n';

export function problemText(problem: Problem): string {
  const range = problem.to !== undefined && problem.to !== problem.seq ? `${problem.seq}–${problem.to}` : String(problem.seq);
  return t(`verify.problem.${problem.code}`, {
    seq: problem.seq ?? '?',
    range,
    count: problem.count ?? 0,
    where: problem.row ? t('verify.where.row', { row: problem.row }) : t('verify.where.unknown'),
    table: problem.table ? t(`verify.table.${problem.table}`) : '',
    after: problem.after ?? '?',
    column: problem.column ?? '',
  });
}
