import { useMemo, useState } from 'preact/hooks';
import { compileDetector } from '@/utils/core/detector/detector';
import type { SensitivePolicy, SensitiveTerm } from '@/utils/core/detector/model';
import { PRESET_CATEGORY_LABEL, PRESETS } from '@/utils/core/detector/presets';
import { mergeSpans } from '@/utils/core/detector/spans';
import { categoryLabel } from '@/utils/core/guard';
import type { ValidationIssue } from '@/utils/core/policy/json-schema';
import type { ForwardDecision, Policy } from '@/utils/core/policy/model';
import type { PolicyState } from '@/utils/policy/store';
import { FieldError, Lock } from './FieldError';
import { issuesAt, linesToList, lockedAt, savePolicyChange } from './policy-edit';

const PII_LABEL: Record<keyof SensitivePolicy['pii'], string> = { idCard: '身份证号', mobile: '手机号', bankCard: '银行卡号（需上下文词）', uscc: '统一社会信用代码', email: '邮箱地址' };

/** "term,category,action" per line <-> terms. A line with only a term gets category business and warn. */
export function termsToText(terms: SensitiveTerm[]): string {
  return terms.map((t) => [t.term, t.category, t.action, t.collapseRepeats ? 'repeat' : ''].filter(Boolean).join(',')).join('\n');
}
export function textToTerms(text: string): SensitiveTerm[] {
  return linesToList(text).map((line) => {
    const [term = '', category = 'business', action = 'warn', repeat] = line.split(/[,，\t]/).map((x) => x.trim());
    const t: SensitiveTerm = { term, category: category || 'business', action: action === 'block' ? 'block' : 'warn' };
    if (repeat === 'repeat') t.collapseRepeats = true;
    return t;
  });
}

/** Section 敏感内容: presets, own terms, allow-list, PII, forwarding, and a playground that highlights hits. */
export function SensitiveSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const s = state.effective.sensitive;
  const lock = (field: string) => lockedAt(state, `sensitive.${field}`);
  async function change(fn: (p: Policy) => Policy) {
    const found = await savePolicyChange(state, fn);
    setIssues(found);
    if (!found.length) onChanged();
  }
  const set = (patch: Partial<SensitivePolicy>) => change((p) => ({ ...p, sensitive: { ...p.sensitive, ...patch } }));

  return (
    <>
      <section class="card" data-qg-section="sensitive">
        <h2>敏感内容</h2>
        <label class="field">
          <input type="checkbox" checked={s.enabled} disabled={lock('enabled')} onChange={(e) => void set({ enabled: e.currentTarget.checked })} />
          发送、转发前检查内容 <Lock locked={lock('enabled')} />
        </label>
        <p>预置词库（可在下方补充公司自己的词）：</p>
        <div class="row wrap">
          {Object.keys(PRESETS).map((id) => (
            <label key={id} class="chip">
              <input
                type="checkbox"
                checked={s.presets.includes(id as never)}
                disabled={lock('presets')}
                onChange={(e) => void set({ presets: e.currentTarget.checked ? [...s.presets, id as never] : s.presets.filter((x) => x !== id) })}
              />
              {PRESET_CATEGORY_LABEL[id]}（{PRESETS[id]!.length} 个，{PRESETS[id]![0]!.action === 'block' ? '禁止' : '提醒'}）
            </label>
          ))}
        </div>
        <label>
          公司词库：每行“词,分类,warn 或 block”，末尾加“,repeat”表示忽略重复字（报报价）
          <textarea rows={6} disabled={lock('terms')} value={termsToText(s.terms)} onChange={(e) => void set({ terms: textToTerms(e.currentTarget.value) })} data-qg-field="sensitive.terms" placeholder={'蓝海计划,project,block\n底价,business,warn,repeat'} />
        </label>
        <FieldError issues={issuesAt(issues, '$.sensitive.terms')} />
        <label>
          白名单：含敏感词但可以发的说法（如“合同工”），每行一个
          <textarea rows={3} disabled={lock('allow')} value={s.allow.join('\n')} onChange={(e) => void set({ allow: linesToList(e.currentTarget.value) })} data-qg-field="sensitive.allow" />
        </label>
        <FieldError issues={issuesAt(issues, '$.sensitive.allow')} />
        <p>个人信息：</p>
        <table class="table">
          <tbody>
            {(Object.keys(PII_LABEL) as Array<keyof SensitivePolicy['pii']>).map((k) => (
              <tr key={k}>
                <td>
                  <label>
                    <input type="checkbox" checked={s.pii[k].enabled} disabled={lock('pii')} onChange={(e) => void set({ pii: { ...s.pii, [k]: { ...s.pii[k], enabled: e.currentTarget.checked } } })} data-qg-field={`sensitive.pii.${k}`} />
                    {PII_LABEL[k]}
                  </label>
                </td>
                <td>
                  <select value={s.pii[k].action} disabled={lock('pii')} onChange={(e) => void set({ pii: { ...s.pii, [k]: { ...s.pii[k], action: e.currentTarget.value as 'warn' | 'block' } } })}>
                    <option value="warn">提醒</option>
                    <option value="block">禁止</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="field">
          <input type="checkbox" checked={s.requireReason} disabled={lock('requireReason')} onChange={(e) => void set({ requireReason: e.currentTarget.checked })} />
          “仍然发送”需填写原因
        </label>
        <label class="field">
          <input type="checkbox" checked={s.auditText} disabled={lock('auditText')} onChange={(e) => void set({ auditText: e.currentTarget.checked })} />
          审计记录中保存消息原文（默认只记规则和分类）
        </label>
      </section>

      <section class="card" data-qg-section="forwarding">
        <h2>转发</h2>
        <p class="muted">转发含敏感内容的消息时，按目标聊天的分类（见“昵称规则 → 群分类”）处理：</p>
        <div class="row wrap">
          {(['internal', 'customer', 'external', 'unknown'] as const).map((cls) => (
            <label key={cls} class="chip">
              {{ internal: '内部', customer: '客户', external: '外部', unknown: '未分类' }[cls]}
              <select value={state.effective.forwarding[cls]} disabled={lockedAt(state, `forwarding.${cls}`)} onChange={(e) => void change((p) => ({ ...p, forwarding: { ...p.forwarding, [cls]: e.currentTarget.value as ForwardDecision } }))}>
                <option value="allow">允许</option>
                <option value="warn">提醒</option>
                <option value="block">禁止</option>
              </select>
            </label>
          ))}
        </div>
        <h3>发送礼仪</h3>
        <label class="field">
          超过
          <input type="number" min={0} value={state.effective.etiquette.maxChars} disabled={lockedAt(state, 'etiquette.maxChars')} onChange={(e) => void change((p) => ({ ...p, etiquette: { ...p.etiquette, maxChars: Number(e.currentTarget.value) } }))} />
          字提醒改用链接分享（0 = 不提醒）
        </label>
        <FieldError issues={issuesAt(issues, '$.etiquette')} />
        <label class="field">
          <input type="checkbox" checked={state.effective.etiquette.linksInCustomerGroups} disabled={lockedAt(state, 'etiquette.linksInCustomerGroups')} onChange={(e) => void change((p) => ({ ...p, etiquette: { ...p.etiquette, linksInCustomerGroups: e.currentTarget.checked } }))} />
          在客户群发链接前提醒
        </label>
      </section>
      <DetectorPlayground policy={state.effective} />
    </>
  );
}

/** Paste a text -> hits highlighted, with rule and category. */
function DetectorPlayground({ policy }: { policy: Policy }) {
  const [text, setText] = useState('请把 客户名單 和Q3報價单发我，身份证110101199003074477');
  const detector = useMemo(() => compileDetector(policy.sensitive), [policy]);
  const hits = detector.detect(text);
  const parts: Array<{ text: string; hit?: string }> = [];
  let at = 0;
  // Overlapping hits (報價 inside 報價单) are merged into one highlight that names every rule.
  for (const m of mergeSpans(hits)) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: text.slice(m.start, m.end), hit: m.items.map((h) => `${categoryLabel(h.category)} · ${h.rule}`).join('\n') });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <section class="card" data-qg-section="sensitive-playground">
      <h2>试一试</h2>
      <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-label="测试文本" data-qg-playground-text />
      <p class="highlight" data-qg-playground-hits={hits.length}>
        {parts.map((p, i) => (p.hit ? <mark key={i} title={p.hit}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </p>
      <ul>
        {hits.map((h, i) => (
          <li key={i}>
            <code>{text.slice(h.start, h.end)}</code> — {categoryLabel(h.category)}（{h.action === 'block' ? '禁止' : '提醒'}，{h.rule}）
          </li>
        ))}
      </ul>
    </section>
  );
}
