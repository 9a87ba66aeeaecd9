import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { DraftLines } from './DraftField';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';

const CLASSES = ['internal', 'customer', 'external', 'ignored'] as const;

/** Section 群分类: which chats are internal, customer, external or ignored, by name (text or /regex/). */
export function GroupsSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const groups = state.effective.groups;

  return (
    <section class="card" data-qg-section="groups">
      <h2>{t('groups.heading')}</h2>
      <p class="muted">{t('groups.hint')}</p>
      <div class="grid2">
        {CLASSES.map((kind) => {
          const locked = lockedAt(state, `groups.${kind}`);
          return (
            <label key={kind}>
              {t(`groups.${kind}`)} <Lock locked={locked} />
              <DraftLines rows={4} disabled={locked} value={groups[kind]} onCommit={(lines) => change((p) => ({ ...p, groups: { ...p.groups, [kind]: lines } }))} data-qg-field={`groups.${kind}`} />
              <FieldError issues={issuesAt(issues, `$.groups.${kind}`)} />
            </label>
          );
        })}
      </div>
    </section>
  );
}
