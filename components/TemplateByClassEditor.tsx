import { TEMPLATE_PRESETS, type NicknamePolicy, type TemplateRule } from '@/utils/core/nickname/model';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { t } from '@/utils/i18n';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError } from './FieldError';
import { issuesAt, linesToList, lockedAt } from './policy-edit';

const CLASSES = ['internal', 'customer', 'external', 'unknown'] as const;
const PRESET_KEYS = Object.keys(TEMPLATE_PRESETS) as Array<keyof typeof TEMPLATE_PRESETS>;

/**
 * 按群设置昵称格式: templates by chat class and/or group name (部门-姓名 for internal groups, 地区-姓名 for regional
 * ones, 公司+部门+职位+姓名 for an association's), plus the company, title and executive-title lists.
 */
export function TemplateByClassEditor({ state, issues, setNick }: { state: PolicyState; issues: ValidationIssue[]; setNick: (patch: Partial<NicknamePolicy>) => Promise<unknown> }) {
  const nick = state.effective.nickname;
  const rules = nick.templateRules ?? [];
  const lock = (field: string) => lockedAt(state, `nickname.${field}`);
  const locked = lock('templateRules');
  const setRule = (i: number, patch: Partial<TemplateRule>) => void setNick({ templateRules: rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <div data-qg-template-rules>
      <h3>{t('rules.tpl.heading')}</h3>
      <p class="muted">{t('rules.tpl.help')}</p>
      {!rules.length && <p class="muted">{t('rules.tpl.none')}</p>}
      {rules.map((rule, i) => (
        <div class="row wrap" key={i} data-qg-template-rule={i}>
          <span>{t('rules.tpl.classes')}</span>
          {CLASSES.map((cls) => (
            <label class="chip" key={cls}>
              <input
                type="checkbox"
                checked={!!rule.classes?.includes(cls)}
                disabled={locked}
                onChange={(e) => setRule(i, { classes: e.currentTarget.checked ? CLASSES.filter((c) => c === cls || rule.classes?.includes(c)) : (rule.classes ?? []).filter((c) => c !== cls) })}
                data-qg-class={cls}
              />
              {t(`class.${cls}`)}
            </label>
          ))}
          <label>
            {t('rules.tpl.pattern')}
            <input value={rule.groupPattern ?? ''} disabled={locked} placeholder={t('rules.tpl.patternPlaceholder')} onChange={(e) => setRule(i, { groupPattern: e.currentTarget.value.trim() || undefined })} data-qg-field="template-rule-pattern" />
          </label>
          <label>
            {t('rules.tpl.template')}
            <select value={rule.template} disabled={locked} onChange={(e) => setRule(i, { template: e.currentTarget.value })} data-qg-field="template-rule-template">
              {PRESET_KEYS.map((k) => (
                <option key={k} value={TEMPLATE_PRESETS[k]}>
                  {t(`nick.template.${k}`)}
                </option>
              ))}
              {!Object.values(TEMPLATE_PRESETS).includes(rule.template as never) && <option value={rule.template}>{rule.template}</option>}
            </select>
          </label>
          {!locked && (
            <button type="button" class="secondary" onClick={() => void setNick({ templateRules: rules.filter((_, j) => j !== i) })}>
              {t('rules.tpl.remove')}
            </button>
          )}
          <FieldError issues={issuesAt(issues, `$.nickname.templateRules[${i}]`)} />
        </div>
      ))}
      {!locked && (
        <button type="button" class="secondary" onClick={() => void setNick({ templateRules: [...rules, { classes: ['internal'], template: TEMPLATE_PRESETS['dept-name'] }] })} data-qg-action="add-template-rule">
          {t('rules.tpl.add')}
        </button>
      )}
      <div class="grid2">
        <label>
          {t('rules.lists.companies')}
          <textarea rows={4} disabled={lock('companies')} value={nick.companies.join('\n')} onChange={(e) => void setNick({ companies: linesToList(e.currentTarget.value) })} data-qg-field="nickname.companies" />
          <FieldError issues={issuesAt(issues, '$.nickname.companies')} />
        </label>
        <label>
          {t('rules.lists.titles')}
          <textarea rows={4} disabled={lock('titles')} value={nick.titles.join('\n')} onChange={(e) => void setNick({ titles: linesToList(e.currentTarget.value) })} data-qg-field="nickname.titles" />
          <FieldError issues={issuesAt(issues, '$.nickname.titles')} />
        </label>
      </div>
      <label>
        {t('rules.lists.executives')}
        <textarea rows={3} disabled={lock('executiveTitles')} value={(nick.executiveTitles ?? []).join('\n')} onChange={(e) => void setNick({ executiveTitles: linesToList(e.currentTarget.value) })} data-qg-field="nickname.executiveTitles" />
        <FieldError issues={issuesAt(issues, '$.nickname.executiveTitles')} />
      </label>
    </div>
  );
}
