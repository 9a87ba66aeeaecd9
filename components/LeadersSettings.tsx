import type { CustomerPolicy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { DraftLines, DraftNumber } from './DraftField';
import { FieldError, Lock } from './FieldError';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';

/** Section 领导与通知: who the leaders are, what a notice looks like, and how soon a reply or receipt is due. */
export function LeadersSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const c = state.effective.customer;
  const locked = lockedAt(state, 'customer');
  const set = (patch: Partial<CustomerPolicy>) => change((p) => ({ ...p, customer: { ...p.customer, ...patch } }));
  const lines = (key: 'leaders' | 'noticeSenders' | 'noticeMarkers' | 'noticeKeywords', label: string) => (
    <label>
      {label}
      <DraftLines rows={3} disabled={locked} value={c[key]} onCommit={(list) => set({ [key]: list })} data-qg-field={`customer.${key}`} />
      <FieldError issues={issuesAt(issues, `$.customer.${key}`)} />
    </label>
  );
  return (
    <section class="card" data-qg-section="leaders">
      <h2>
        {t('cust.leadersHeading')} <Lock locked={locked} />
      </h2>
      <p class="muted">{t('ux.leaders.hint')}</p>
      <div class="grid2">
        {lines('leaders', t('cust.leaders'))}
        {lines('noticeSenders', t('cust.noticeSenders'))}
        {lines('noticeMarkers', t('cust.noticeMarkers'))}
        {lines('noticeKeywords', t('cust.noticeKeywords'))}
      </div>
      <label class="field">
        {t('ux.leaders.replyBefore')}
        <DraftNumber min={1} value={c.leaderReplyMinutes} disabled={locked} onCommit={(leaderReplyMinutes) => set({ leaderReplyMinutes })} data-qg-field="customer.leaderReplyMinutes" />
        {t('ux.leaders.replyAfter')}
      </label>
      <FieldError issues={issuesAt(issues, '$.customer.leaderReplyMinutes')} example={30} />
      <label class="field">
        {t('ux.leaders.windowBefore')}
        <DraftNumber min={1} value={c.noticeWindowMinutes} disabled={locked} onCommit={(noticeWindowMinutes) => set({ noticeWindowMinutes })} data-qg-field="customer.noticeWindowMinutes" />
        {t('ux.leaders.windowAfter')}
      </label>
      <FieldError issues={issuesAt(issues, '$.customer.noticeWindowMinutes')} example={60} />
    </section>
  );
}
