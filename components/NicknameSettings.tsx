import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { TEMPLATE_PRESETS, type Exemption, type NicknamePolicy } from '@/utils/core/nickname/model';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { NicknamePlayground } from './NicknamePlayground';
import { DraftInput, DraftLines, DraftNumber } from './DraftField';
import { issuesAt, lockedAt, usePolicyEditor } from './policy-edit';
import { RosterImport } from './RosterImport';
import { TemplateByClassEditor } from './TemplateByClassEditor';

const PRESETS = Object.keys(TEMPLATE_PRESETS) as Array<keyof typeof TEMPLATE_PRESETS>;

/** Section 昵称规则: every field of policy.nickname, validated on change. */
export function NicknameSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const nick = state.effective.nickname;
  const setNick = (patch: Partial<NicknamePolicy>) => change((p) => ({ ...p, nickname: { ...p.nickname, ...patch } }));
  const lock = (field: string) => lockedAt(state, `nickname.${field}`);
  const isPreset = Object.values(TEMPLATE_PRESETS).includes(nick.template as never);

  return (
    <>
      <section class="card" data-qg-section="nickname">
        <h2>{t('nick.heading')}</h2>
        <label class="field">
          <input type="checkbox" checked={nick.enabled} disabled={lock('enabled')} onChange={(e) => void setNick({ enabled: e.currentTarget.checked })} />
          {t('nick.enabled')} <Lock locked={lock('enabled')} />
        </label>
        <label class="field">
          {t('nick.template')}
          <select
            value={isPreset ? nick.template : 'custom'}
            disabled={lock('template')}
            onChange={(e) => e.currentTarget.value !== 'custom' && void setNick({ template: e.currentTarget.value })}
            data-qg-field="nickname.template"
          >
            {PRESETS.map((preset) => (
              <option key={preset} value={TEMPLATE_PRESETS[preset]}>
                {t(`nick.template.${preset}`)}
              </option>
            ))}
            <option value="custom">{t('nick.template.custom')}</option>
          </select>
          <DraftInput value={nick.template} disabled={lock('template')} onCommit={(template) => setNick({ template })} aria-label={t('nick.template.aria')} data-qg-field="nickname.template" />
          <Lock locked={lock('template')} />
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.template')} />
        <label class="field">
          {t('nick.customPattern')}
          <DraftInput value={nick.customPattern} disabled={lock('customPattern')} onCommit={(customPattern) => setNick({ customPattern })} placeholder={t('nick.customPattern.placeholder')} data-qg-field="nickname.customPattern" />
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.customPattern')} />
        <p class="muted">{t('nick.regexLimits')}</p>
        <div class="grid2">
          <label>
            {t('nick.departments')}
            <DraftLines rows={5} disabled={lock('departments')} onCommit={(departments) => setNick({ departments })} data-qg-field="nickname.departments" value={nick.departments} />
            <FieldError issues={issuesAt(issues, '$.nickname.departments')} />
          </label>
          <label>
            {t('nick.regions')}
            <DraftLines rows={5} disabled={lock('regions')} onCommit={(regions) => setNick({ regions })} value={nick.regions} data-qg-field="nickname.regions" />
            <FieldError issues={issuesAt(issues, '$.nickname.regions')} />
          </label>
        </div>
        <label class="field">
          {t('nick.name')}
          <DraftNumber min={1} max={10} value={nick.name.minHan} disabled={lock('name')} onCommit={(minHan) => setNick({ name: { ...nick.name, minHan } })} aria-label={t('nick.name.min')} />–
          <DraftNumber min={1} max={20} value={nick.name.maxHan} disabled={lock('name')} onCommit={(maxHan) => setNick({ name: { ...nick.name, maxHan } })} aria-label={t('nick.name.max')} />
          {t('nick.name.unit')}
          <label>
            <input type="checkbox" checked={nick.name.allowMiddleDot} disabled={lock('name')} onChange={(e) => void setNick({ name: { ...nick.name, allowMiddleDot: e.currentTarget.checked } })} />
            {t('nick.name.middleDot')}
          </label>
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.name')} example={2} />
        <label class="field">
          {t('nick.scope')}
          <select value={nick.scope} disabled={lock('scope')} onChange={(e) => void setNick({ scope: e.currentTarget.value as NicknamePolicy['scope'] })}>
            <option value="staff">{t('rules.scope.staff')}</option>
            <option value="all">{t('nick.scope.all')}</option>
            <option value="internal">{t('nick.scope.internal')}</option>
            <option value="matching">{t('nick.scope.matching')}</option>
          </select>
          {nick.scope === 'matching' && <DraftInput value={nick.groupPattern} onCommit={(groupPattern) => setNick({ groupPattern })} placeholder={t('nick.scope.placeholder')} data-qg-field="nickname.groupPattern" />}
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.groupPattern')} />
        <TemplateByClassEditor state={state} issues={issues} setNick={setNick} />
      </section>

      <ExemptionsEditor exemptions={nick.exemptions} locked={lock('exemptions')} issues={issuesAt(issues, '$.nickname.exemptions')} onSave={(exemptions) => setNick({ exemptions })} />
      <RosterImport state={state} locked={lock('roster')} onChanged={onChanged} />
      <NicknamePlayground policy={state.effective} />
    </>
  );
}

function ExemptionsEditor({ exemptions, locked, issues, onSave }: { exemptions: Exemption[]; locked: boolean; issues: ValidationIssue[]; onSave: (e: Exemption[]) => Promise<boolean> }) {
  const [draft, setDraft] = useState<Exemption>({ name: '', reason: '' });
  return (
    <section class="card" data-qg-section="exemptions">
      <h2>{t('exempt.heading')}</h2>
      <p class="muted">{t('exempt.hint')}</p>
      <table class="table">
        <tbody>
          {exemptions.map((e, i) => (
            <tr key={`${e.name}-${i}`}>
              <td>{e.name}</td>
              <td>{e.reason}</td>
              <td>{e.expires ? t('exempt.until', { date: e.expires }) : t('exempt.permanent')}</td>
              <td>
                {!locked && (
                  <button type="button" class="secondary" onClick={() => void onSave(exemptions.filter((_, j) => j !== i))}>
                    {t('exempt.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <div class="row">
          <input placeholder={t('exempt.name')} value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <input placeholder={t('exempt.reason')} value={draft.reason} onInput={(e) => setDraft({ ...draft, reason: e.currentTarget.value })} />
          <input type="date" value={draft.expires ?? ''} onInput={(e) => setDraft({ ...draft, expires: e.currentTarget.value || undefined })} aria-label={t('exempt.expires')} />
          <button
            type="button"
            onClick={() => {
              const entry: Exemption = { name: draft.name.trim(), reason: draft.reason.trim() };
              if (draft.expires) entry.expires = draft.expires;
              // The typed entry stays until it is saved (a bad date or an empty reason keeps it for fixing).
              void onSave([...exemptions, entry]).then((saved) => saved && setDraft({ name: '', reason: '' }));
            }}
          >
            {t('exempt.add')}
          </button>
        </div>
      )}
      <FieldError issues={issues} />
    </section>
  );
}
