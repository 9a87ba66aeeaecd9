import { useMemo, useState } from 'preact/hooks';
import { compileDetector } from '@/utils/core/detector/detector';
import type { SensitivePolicy, SensitiveTerm } from '@/utils/core/detector/model';
import { detectorPolicy, PRESETS } from '@/utils/core/detector/presets';
import { mergeSpans } from '@/utils/core/detector/spans';
import type { ForwardDecision, Policy } from '@/utils/core/policy/model';
import { t } from '@/utils/i18n';
import { categoryName } from '@/utils/i18n/messages/shared';
import type { PolicyState } from '@/utils/policy/store';
import { DraftLines, DraftNumber, DraftText } from './DraftField';
import { FieldError, Lock } from './FieldError';
import { PresetTermsEditor } from './PresetTermsEditor';
import { issuesAt, linesToList, lockedAt, usePolicyEditor } from './policy-edit';

const PII_KINDS: Array<keyof SensitivePolicy['pii']> = ['idCard', 'mobile', 'bankCard', 'uscc', 'email'];
const categoryLabel = (category: string) => categoryName(t, category);

/** "term,category,action" per line <-> terms. A line with only a term gets category business and warn. */
export function termsToText(terms: SensitiveTerm[]): string {
  return terms.map((term) => [term.term, term.category, term.action, term.collapseRepeats ? 'repeat' : ''].filter(Boolean).join(',')).join('\n');
}
export function textToTerms(text: string): SensitiveTerm[] {
  return linesToList(text).map((line) => {
    const [term = '', category = 'business', action = 'warn', repeat] = line.split(/[,，\t]/).map((x) => x.trim());
    const entry: SensitiveTerm = { term, category: category || 'business', action: action === 'block' ? 'block' : 'warn' };
    if (repeat === 'repeat') entry.collapseRepeats = true;
    return entry;
  });
}

/** Section 敏感内容: presets, own terms, allow-list, PII, forwarding, and a playground that highlights hits. */
export function SensitiveSettings({ state, onChanged }: { state: PolicyState; onChanged: () => void }) {
  const { issues, change } = usePolicyEditor(state, onChanged);
  const s = state.effective.sensitive;
  const lock = (field: string) => lockedAt(state, `sensitive.${field}`);
  const set = (patch: Partial<SensitivePolicy>) => change((p) => ({ ...p, sensitive: { ...p.sensitive, ...patch } }));

  return (
    <>
      <section class="card" data-qg-section="sensitive">
        <h2>{t('sens.heading')}</h2>
        <label class="field">
          <input type="checkbox" checked={s.enabled} disabled={lock('enabled')} onChange={(e) => void set({ enabled: e.currentTarget.checked })} />
          {t('sens.enabled')} <Lock locked={lock('enabled')} />
        </label>
        <p>{t('sens.presets')}</p>
        <div class="row wrap">
          {Object.keys(PRESETS).map((id) => (
            <label key={id} class="chip">
              <input
                type="checkbox"
                checked={s.presets.includes(id as never)}
                disabled={lock('presets')}
                onChange={(e) => void set({ presets: e.currentTarget.checked ? [...s.presets, id as never] : s.presets.filter((x) => x !== id) })}
              />
              {t('sens.preset', { name: categoryLabel(id), count: PRESETS[id]!.length, action: t(`action.${PRESETS[id]![0]!.action}`) })}
            </label>
          ))}
        </div>
        <PresetTermsEditor state={state} change={change} />
        <label>
          {t('sens.terms')}
          <DraftText rows={6} disabled={lock('terms')} value={termsToText(s.terms)} onCommit={(text) => set({ terms: textToTerms(text) })} data-qg-field="sensitive.terms" placeholder={t('sens.terms.placeholder')} />
        </label>
        <FieldError issues={issuesAt(issues, '$.sensitive.terms')} />
        <label>
          {t('sens.allow')}
          <DraftLines rows={3} disabled={lock('allow')} value={s.allow} onCommit={(allow) => set({ allow })} data-qg-field="sensitive.allow" />
        </label>
        <FieldError issues={issuesAt(issues, '$.sensitive.allow')} />
        <p>{t('sens.pii')}</p>
        <table class="table">
          <tbody>
            {PII_KINDS.map((k) => (
              <tr key={k}>
                <td>
                  <label>
                    <input type="checkbox" checked={s.pii[k].enabled} disabled={lock('pii')} onChange={(e) => void set({ pii: { ...s.pii, [k]: { ...s.pii[k], enabled: e.currentTarget.checked } } })} data-qg-field={`sensitive.pii.${k}`} />
                    {t(`sens.pii.${k}`)}
                  </label>
                </td>
                <td>
                  <select value={s.pii[k].action} disabled={lock('pii')} onChange={(e) => void set({ pii: { ...s.pii, [k]: { ...s.pii[k], action: e.currentTarget.value as 'warn' | 'block' } } })}>
                    <option value="warn">{t('action.warn')}</option>
                    <option value="block">{t('action.block')}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="field">
          <input type="checkbox" checked={s.requireReason} disabled={lock('requireReason')} onChange={(e) => void set({ requireReason: e.currentTarget.checked })} />
          {t('sens.requireReason')}
        </label>
        <label class="field">
          <input type="checkbox" checked={s.auditText} disabled={lock('auditText')} onChange={(e) => void set({ auditText: e.currentTarget.checked })} />
          {t('sens.auditText')}
        </label>
      </section>

      <section class="card" data-qg-section="forwarding">
        <h2>{t('fwd.heading')}</h2>
        <p class="muted">{t('fwd.hint')}</p>
        <div class="row wrap">
          {(['internal', 'customer', 'external', 'unknown'] as const).map((cls) => (
            <label key={cls} class="chip">
              {t(`class.${cls}`)}
              <select value={state.effective.forwarding[cls]} disabled={lockedAt(state, `forwarding.${cls}`)} onChange={(e) => void change((p) => ({ ...p, forwarding: { ...p.forwarding, [cls]: e.currentTarget.value as ForwardDecision } }))}>
                <option value="allow">{t('action.allow')}</option>
                <option value="warn">{t('action.warn')}</option>
                <option value="block">{t('action.block')}</option>
              </select>
            </label>
          ))}
        </div>
        <h3>{t('etiq.heading')}</h3>
        <label class="field">
          {t('etiq.maxChars.before')}
          <DraftNumber min={0} value={state.effective.etiquette.maxChars} disabled={lockedAt(state, 'etiquette.maxChars')} onCommit={(maxChars) => change((p) => ({ ...p, etiquette: { ...p.etiquette, maxChars } }))} data-qg-field="etiquette.maxChars" />
          {t('etiq.maxChars.after')}
        </label>
        <FieldError issues={issuesAt(issues, '$.etiquette')} example={200} />
        <label class="field">
          <input type="checkbox" checked={state.effective.etiquette.linksInCustomerGroups} disabled={lockedAt(state, 'etiquette.linksInCustomerGroups')} onChange={(e) => void change((p) => ({ ...p, etiquette: { ...p.etiquette, linksInCustomerGroups: e.currentTarget.checked } }))} />
          {t('etiq.links')}
        </label>
      </section>
      <DetectorPlayground policy={state.effective} />
    </>
  );
}

/** Paste a text -> hits highlighted, with rule and category. */
function DetectorPlayground({ policy }: { policy: Policy }) {
  const [text, setText] = useState(() => t('detplay.sample'));
  const detector = useMemo(() => compileDetector(detectorPolicy(policy.sensitive)), [policy]);
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
      <h2>{t('detplay.heading')}</h2>
      <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-label={t('detplay.aria')} data-qg-playground-text />
      <p class="highlight" data-qg-playground-hits={hits.length}>
        {parts.map((p, i) => (p.hit ? <mark key={i} title={p.hit}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </p>
      <ul>
        {hits.map((h, i) => (
          <li key={i}>
            <code>{text.slice(h.start, h.end)}</code> — {t('detplay.hit', { category: categoryLabel(h.category), action: t(`action.${h.action}`), rule: h.rule })}
          </li>
        ))}
      </ul>
    </section>
  );
}
