import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { issuesAt, linesToList, lockedAt, usePolicyEditor } from './policy-edit';

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
              <textarea
                rows={4}
                disabled={locked}
                onChange={(e) => void change((p) => ({ ...p, groups: { ...p.groups, [kind]: linesToList(e.currentTarget.value) } }))}
                data-qg-field={`groups.${kind}`}
                value={groups[kind].join('\n')}
              />
              <FieldError issues={issuesAt(issues, `$.groups.${kind}`)} />
            </label>
          );
        })}
      </div>
    </section>
  );
}
