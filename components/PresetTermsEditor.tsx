import { useState } from 'preact/hooks';
import { DESTINATIONS, type Destination } from '@/utils/core/destination';
import type { PresetId, RuleAction, SensitiveTerm } from '@/utils/core/detector/model';
import { PRESETS, presetTermsOf } from '@/utils/core/detector/presets';
import type { Policy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import { categoryName } from '@/utils/i18n/messages/shared';
import type { PolicyState } from '@/utils/policy/store';
import { lockedAt } from './policy-edit';

/**
 * Every preset term in plain view: its action and the destinations where it warns, editable term by term, with
 * add, remove and 恢复默认词条. An edit stores the preset's whole list in `sensitive.presetTerms`.
 */
export function PresetTermsEditor({ state, change }: { state: PolicyState; change: (fn: (p: Policy) => Policy) => Promise<unknown> }) {
  const locked = lockedAt(state, 'sensitive.presetTerms');
  return (
    <div class="preset-terms" data-qg-preset-terms>
      <p class="muted">{t('rules.terms.help')}</p>
      {(Object.keys(PRESETS) as PresetId[]).map((id) => (
        <PresetList key={id} id={id} terms={presetTermsOf(state.effective.sensitive, id)} edited={!!state.effective.sensitive.presetTerms?.[id]} locked={locked} change={change} />
      ))}
    </div>
  );
}

function PresetList({ id, terms, edited, locked, change }: { id: PresetId; terms: SensitiveTerm[]; edited: boolean; locked: boolean; change: (fn: (p: Policy) => Policy) => Promise<unknown> }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const save = (next: SensitiveTerm[] | undefined) =>
    change((p) => {
      const presetTerms = { ...(p.sensitive.presetTerms ?? {}) };
      if (next) presetTerms[id] = next;
      else delete presetTerms[id];
      return { ...p, sensitive: { ...p.sensitive, presetTerms } };
    });
  const update = (i: number, patch: Partial<SensitiveTerm>) => void save(terms.map((term, j) => (j === i ? { ...term, ...patch } : term)));
  const toggle = (i: number, where: Destination, on: boolean) => {
    const current = terms[i]!.destinations ?? [...DESTINATIONS];
    const next = on ? DESTINATIONS.filter((d) => d === where || current.includes(d)) : current.filter((d) => d !== where);
    update(i, { destinations: next });
  };
  const add = () => {
    const term = draft.trim();
    if (!term) return setProblem(t('rules.terms.empty'));
    if (terms.some((x) => x.term === term)) return setProblem(t('rules.terms.duplicate', { term }));
    setProblem('');
    setDraft('');
    const like = PRESETS[id]![0]!; // a new term starts like the preset's own: same category, action, destinations
    void save([...terms, { term, category: like.category, action: like.action, ...(like.destinations ? { destinations: [...like.destinations] } : {}) }]);
  };
  return (
    <details data-qg-preset={id}>
      <summary>
        {categoryName(t, id)} · {t('rules.terms.open', { count: terms.length })}
        {edited && <span class="muted">{t('rules.terms.edited')}</span>}
      </summary>
      <table class="table">
        <thead>
          <tr>
            <th>{t('rules.terms.term')}</th>
            <th>{t('rules.terms.action')}</th>
            <th>{t('rules.terms.where')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {terms.map((term, i) => (
            <tr key={term.term} data-qg-term={term.term}>
              <td>{term.term}</td>
              <td>
                <select value={term.action} disabled={locked} onChange={(e) => update(i, { action: e.currentTarget.value as RuleAction })} aria-label={t('rules.terms.action')}>
                  <option value="warn">{t('action.warn')}</option>
                  <option value="block">{t('action.block')}</option>
                </select>
              </td>
              <td>
                {DESTINATIONS.map((where) => (
                  <label class="chip" key={where}>
                    <input type="checkbox" checked={!term.destinations || term.destinations.includes(where)} disabled={locked} onChange={(e) => toggle(i, where, e.currentTarget.checked)} data-qg-dest={where} />
                    {t(`rules.dest.${where}`)}
                  </label>
                ))}
              </td>
              <td>
                {!locked && (
                  <button type="button" class="secondary" onClick={() => void save(terms.filter((_, j) => j !== i))} data-qg-action="remove-term">
                    {t('rules.terms.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <div class="row">
          <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder={t('rules.terms.addPlaceholder')} aria-label={t('rules.terms.add')} data-qg-field="preset-term-new" />
          <button type="button" onClick={add} data-qg-action="add-term">
            {t('rules.terms.add')}
          </button>
          {edited && (
            <button type="button" class="secondary" onClick={() => void save(undefined)} data-qg-action="reset-terms">
              {t('rules.terms.reset')}
            </button>
          )}
        </div>
      )}
      {problem && (
        <p class="error field-error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
