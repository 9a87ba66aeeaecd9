import { useState } from 'preact/hooks';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import { TEMPLATE_PRESETS, type Exemption, type NicknamePolicy } from '@/utils/core/nickname/model';
import type { Policy } from '@/utils/core/policy/model';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { NicknamePlayground } from './NicknamePlayground';
import { issuesAt, linesToList, lockedAt, savePolicyChange } from './policy-edit';
import { RosterImport } from './RosterImport';

const PRESET_LABELS: Record<string, string> = {
  [TEMPLATE_PRESETS['dept-name']]: '部门-姓名（销售部-张三）',
  [TEMPLATE_PRESETS['region-name']]: '地区-姓名（南宁-杜艳霞）',
  [TEMPLATE_PRESETS['company-dept-title-name']]: '公司部门职位姓名（华南公司销售部经理张三）',
};

/** Section 昵称规则: every field of policy.nickname and policy.groups, validated on change. */
export function NicknameSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const nick = state.effective.nickname;
  const groups = state.effective.groups;

  async function change(fn: (p: Policy) => Policy) {
    const found = await savePolicyChange(state, fn);
    setIssues(found);
    if (!found.length) onChanged();
  }
  const setNick = (patch: Partial<NicknamePolicy>) => change((p) => ({ ...p, nickname: { ...p.nickname, ...patch } }));
  const lock = (field: string) => lockedAt(state, `nickname.${field}`);
  const isPreset = Object.values(TEMPLATE_PRESETS).includes(nick.template as never);

  return (
    <>
      <section class="card" data-qg-section="nickname">
        <h2>群昵称规则</h2>
        <label class="field">
          <input type="checkbox" checked={nick.enabled} disabled={lock('enabled')} onChange={(e) => void setNick({ enabled: e.currentTarget.checked })} />
          检查群昵称 <Lock locked={lock('enabled')} />
        </label>
        <label class="field">
          命名模板
          <select
            value={isPreset ? nick.template : 'custom'}
            disabled={lock('template')}
            onChange={(e) => e.currentTarget.value !== 'custom' && void setNick({ template: e.currentTarget.value })}
            data-qg-field="nickname.template"
          >
            {Object.values(TEMPLATE_PRESETS).map((t) => (
              <option key={t} value={t}>
                {PRESET_LABELS[t]}
              </option>
            ))}
            <option value="custom">自定义…</option>
          </select>
          <input value={nick.template} disabled={lock('template')} onChange={(e) => void setNick({ template: e.currentTarget.value })} aria-label="模板" />
          <Lock locked={lock('template')} />
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.template')} />
        <label class="field">
          自定义正则（可选，填写后代替模板）
          <input value={nick.customPattern} disabled={lock('customPattern')} onChange={(e) => void setNick({ customPattern: e.currentTarget.value })} placeholder="^(销售|市场)部-\p{Script=Han}{2,4}$" data-qg-field="nickname.customPattern" />
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.customPattern')} />
        <p class="muted">为防止页面卡死：正则最长 200 字符，不允许嵌套量词（如 (a+)+）、反向引用和后行断言；昵称最多检查前 64 个字符。</p>
        <div class="grid2">
          <label>
            部门列表（每行一个，留空则按“部/中心/处…”结尾判断）
            <textarea rows={5} disabled={lock('departments')} onChange={(e) => void setNick({ departments: linesToList(e.currentTarget.value) })} data-qg-field="nickname.departments" value={nick.departments.join('\n')} />
            <FieldError issues={issuesAt(issues, '$.nickname.departments')} />
          </label>
          <label>
            地区列表（每行一个，模板含 {'{地区}'} 时使用）
            <textarea rows={5} disabled={lock('regions')} onChange={(e) => void setNick({ regions: linesToList(e.currentTarget.value) })} value={nick.regions.join('\n')} />
          </label>
        </div>
        <label class="field">
          姓名
          <input type="number" min={1} max={10} value={nick.name.minHan} disabled={lock('name')} onChange={(e) => void setNick({ name: { ...nick.name, minHan: Number(e.currentTarget.value) } })} aria-label="最少汉字" />–
          <input type="number" min={1} max={20} value={nick.name.maxHan} disabled={lock('name')} onChange={(e) => void setNick({ name: { ...nick.name, maxHan: Number(e.currentTarget.value) } })} aria-label="最多汉字" />个汉字
          <label>
            <input type="checkbox" checked={nick.name.allowMiddleDot} disabled={lock('name')} onChange={(e) => void setNick({ name: { ...nick.name, allowMiddleDot: e.currentTarget.checked } })} />
            允许“·”（少数民族姓名）
          </label>
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.name')} />
        <label class="field">
          检查范围
          <select value={nick.scope} disabled={lock('scope')} onChange={(e) => void setNick({ scope: e.currentTarget.value as NicknamePolicy['scope'] })}>
            <option value="all">所有群</option>
            <option value="internal">仅内部群</option>
            <option value="matching">群名匹配…</option>
          </select>
          {nick.scope === 'matching' && <input value={nick.groupPattern} onChange={(e) => void setNick({ groupPattern: e.currentTarget.value })} placeholder="销售 或 /^华南.*群$/" />}
        </label>
        <FieldError issues={issuesAt(issues, '$.nickname.groupPattern')} />
      </section>

      <section class="card" data-qg-section="groups">
        <h2>群分类</h2>
        <p class="muted">按群名判断：普通文字表示“群名包含”，/…/ 表示正则。内部群里不在花名册的人会被标为“名单外”。</p>
        <div class="grid3">
          {(['internal', 'customer', 'external'] as const).map((kind) => (
            <label key={kind}>
              {{ internal: '内部群', customer: '客户群', external: '外部群' }[kind]}
              <textarea rows={4} disabled={lockedAt(state, `groups.${kind}`)} onChange={(e) => void change((p) => ({ ...p, groups: { ...p.groups, [kind]: linesToList(e.currentTarget.value) } }))} data-qg-field={`groups.${kind}`} value={groups[kind].join('\n')} />
              <FieldError issues={issuesAt(issues, `$.groups.${kind}`)} />
            </label>
          ))}
        </div>
      </section>

      <ExemptionsEditor exemptions={nick.exemptions} locked={lock('exemptions')} issues={issuesAt(issues, '$.nickname.exemptions')} onSave={(exemptions) => void setNick({ exemptions })} />
      <RosterImport state={state} locked={lock('roster')} onChanged={onChanged} />
      <NicknamePlayground policy={state.effective} />
    </>
  );
}

function ExemptionsEditor({ exemptions, locked, issues, onSave }: { exemptions: Exemption[]; locked: boolean; issues: ValidationIssue[]; onSave: (e: Exemption[]) => void }) {
  const [draft, setDraft] = useState<Exemption>({ name: '', reason: '' });
  return (
    <section class="card" data-qg-section="exemptions">
      <h2>豁免名单</h2>
      <p class="muted">如总裁、分管副总可直接用本名；外部顾问可设到期日。</p>
      <table class="table">
        <tbody>
          {exemptions.map((e, i) => (
            <tr key={`${e.name}-${i}`}>
              <td>{e.name}</td>
              <td>{e.reason}</td>
              <td>{e.expires ? `至 ${e.expires}` : '长期'}</td>
              <td>
                {!locked && (
                  <button type="button" class="secondary" onClick={() => onSave(exemptions.filter((_, j) => j !== i))}>
                    删除
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <div class="row">
          <input placeholder="昵称或本名" value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <input placeholder="原因（如：总裁）" value={draft.reason} onInput={(e) => setDraft({ ...draft, reason: e.currentTarget.value })} />
          <input type="date" value={draft.expires ?? ''} onInput={(e) => setDraft({ ...draft, expires: e.currentTarget.value || undefined })} aria-label="到期日" />
          <button
            type="button"
            onClick={() => {
              const entry: Exemption = { name: draft.name.trim(), reason: draft.reason.trim() };
              if (draft.expires) entry.expires = draft.expires;
              onSave([...exemptions, entry]);
              setDraft({ name: '', reason: '' });
            }}
          >
            添加
          </button>
        </div>
      )}
      <FieldError issues={issues} />
    </section>
  );
}
