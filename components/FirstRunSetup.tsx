import { useState } from 'preact/hooks';
import { TEMPLATE_PRESETS } from '@/utils/core/nickname/model';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { DraftInput, DraftLines } from './DraftField';
import { FieldError } from './FieldError';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';
import { RosterImport } from './RosterImport';

const STEPS = ['template', 'groups', 'leaders', 'roster', 'quiet'] as const;
const PRESETS = Object.keys(TEMPLATE_PRESETS) as Array<keyof typeof TEMPLATE_PRESETS>;

/**
 * First run (options.html#setup, opened on install): five short steps, each showing the policy's current value —
 * the seeds' defaults on a fresh install — and saving every change at once, so 下一步 never loses anything.
 */
export function FirstRunSetup({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const { issues, change } = usePolicyEditor(state, onChanged);
  const p = state.effective;
  const id = STEPS[step]!;
  const window0 = p.quietHours.windows[0];

  if (done) {
    return (
      <section class="card setup" data-qg-section="setup" data-qg-setup-done>
        <h2>{t('setup.heading')}</h2>
        <p class="ok">{t('setup.done')}</p>
      </section>
    );
  }
  return (
    <section class="card setup" data-qg-section="setup" data-qg-setup-step={id}>
      <h2>{t('setup.heading')}</h2>
      {step === 0 && <p class="muted">{t('setup.intro')}</p>}
      <ol class="steps" aria-label={t('setup.step', { n: step + 1, total: STEPS.length })}>
        {STEPS.map((s, i) => (
          <li key={s} class={i <= step ? 'done' : ''} />
        ))}
      </ol>
      <p class="muted">{t('setup.step', { n: step + 1, total: STEPS.length })}</p>
      <h3>{t(`setup.${id}`)}</h3>
      <p>{t(`setup.${id}.hint`)}</p>
      {id === 'template' && (
        <>
          <div class="row">
            <select value={p.nickname.template} disabled={lockedAt(state, 'nickname.template')} onChange={(e) => void change((x) => ({ ...x, nickname: { ...x.nickname, template: e.currentTarget.value } }))} data-qg-setup-field="template">
              {PRESETS.map((preset) => (
                <option key={preset} value={TEMPLATE_PRESETS[preset]}>
                  {t(`nick.template.${preset}`)}
                </option>
              ))}
              {!Object.values(TEMPLATE_PRESETS).includes(p.nickname.template as never) && <option value={p.nickname.template}>{p.nickname.template}</option>}
            </select>
            <DraftInput value={p.nickname.template} disabled={lockedAt(state, 'nickname.template')} onCommit={(template) => change((x) => ({ ...x, nickname: { ...x.nickname, template } }))} aria-label={t('nick.template.aria')} />
          </div>
          <FieldError issues={issuesAt(issues, '$.nickname.template')} />
        </>
      )}
      {id === 'groups' && (
        <>
          <div class="grid2">
            <label>
              {t('groups.internal')}
              <DraftLines rows={4} disabled={lockedAt(state, 'groups.internal')} value={p.groups.internal} onCommit={(internal) => change((x) => ({ ...x, groups: { ...x.groups, internal } }))} placeholder={t('setup.groups.placeholder')} data-qg-setup-field="groups" />
              <FieldError issues={issuesAt(issues, '$.groups.internal')} />
            </label>
            <label>
              {t('groups.customer')}
              <DraftLines rows={4} disabled={lockedAt(state, 'groups.customer')} value={p.groups.customer} onCommit={(customer) => change((x) => ({ ...x, groups: { ...x.groups, customer } }))} data-qg-setup-field="customer-groups" />
              <FieldError issues={issuesAt(issues, '$.groups.customer')} />
            </label>
          </div>
        </>
      )}
      {id === 'leaders' && (
        <>
          <DraftLines rows={4} disabled={lockedAt(state, 'customer')} value={p.customer.leaders} onCommit={(leaders) => change((x) => ({ ...x, customer: { ...x.customer, leaders } }))} data-qg-setup-field="leaders" />
          <FieldError issues={issuesAt(issues, '$.customer.leaders')} />
        </>
      )}
      {id === 'roster' && <RosterImport state={state} locked={lockedAt(state, 'nickname.roster')} onChanged={onChanged} />}
      {id === 'quiet' && (
        <>
          <label class="field">
            <input type="checkbox" checked={p.quietHours.enabled} disabled={lockedAt(state, 'quietHours')} onChange={(e) => void change((x) => ({ ...x, quietHours: { ...x.quietHours, enabled: e.currentTarget.checked } }))} data-qg-setup-field="quiet" />
            {t('setup.quiet.enabled')}
          </label>
          {window0 && (
            <div class="row">
              <input type="time" value={window0.start} disabled={lockedAt(state, 'quietHours')} aria-label={t('quiet.start')} onChange={(e) => void change((x) => ({ ...x, quietHours: { ...x.quietHours, windows: x.quietHours.windows.map((w, i) => (i === 0 ? { ...w, start: e.currentTarget.value } : w)) } }))} />–
              <input type="time" value={window0.end} disabled={lockedAt(state, 'quietHours')} aria-label={t('quiet.end')} onChange={(e) => void change((x) => ({ ...x, quietHours: { ...x.quietHours, windows: x.quietHours.windows.map((w, i) => (i === 0 ? { ...w, end: e.currentTarget.value } : w)) } }))} />
            </div>
          )}
          <FieldError issues={issuesAt(issues, '$.quietHours')} />
        </>
      )}
      <div class="row">
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => setStep(step - 1)}>
            {t('setup.back')}
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)} data-qg-setup-next>
            {t('setup.next')}
          </button>
        ) : (
          <button type="button" onClick={() => setDone(true)} data-qg-setup-finish>
            {t('setup.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
