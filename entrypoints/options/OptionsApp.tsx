import { useCallback, useEffect, useState } from 'preact/hooks';
import { NicknameSettings } from '@/components/NicknameSettings';
import { PolicyFilePanel } from '@/components/PolicyFilePanel';
import { PolicyHealthNotice } from '@/components/PolicyHealthNotice';
import { QuietHoursSettings } from '@/components/QuietHoursSettings';
import { CustomerSettings } from '@/components/CustomerSettings';
import { GroupsSettings } from '@/components/GroupsSettings';
import { ExportPanel } from '@/components/ExportPanel';
import { SensitiveSettings } from '@/components/SensitiveSettings';
import { LeadersSettings } from '@/components/LeadersSettings';
import { SaveNotice } from '@/components/SaveNotice';
import { FirstRunSetup } from '@/components/FirstRunSetup';
import { request } from '@/utils/bus/client';
import type { StatsReply } from '@/utils/bus/protocol';
import { getLocale, saveLocale, t, type MessageKey } from '@/utils/i18n';
import { getPolicyState, watchPolicy, type PolicyState } from '@/utils/policy/store';

const SECTIONS: Array<{ id: string; label: MessageKey }> = [
  { id: 'overview', label: 'options.section.overview' },
  { id: 'nickname', label: 'options.section.nickname' },
  { id: 'groups', label: 'options.section.groups' },
  { id: 'sensitive', label: 'options.section.sensitive' },
  { id: 'quiet-hours', label: 'options.section.quietHours' },
  { id: 'records', label: 'options.section.records' },
  { id: 'leaders', label: 'options.section.leaders' },
  { id: 'export', label: 'options.section.export' },
];

function currentSection(): string {
  const id = location.hash.replace(/^#/, '');
  // #setup: the first-run setup (opened on install; not in the navigation).
  return id === 'setup' || SECTIONS.some((s) => s.id === id) ? id : 'overview';
}

/** The dashboard (and its chart library) is loaded only when the overview is shown. */
function LazyDashboard({ state }: { state: PolicyState }) {
  const [Comp, setComp] = useState<null | ((props: { policy: PolicyState['effective'] }) => preact.JSX.Element | null)>(null);
  useEffect(() => {
    void import('@/components/Dashboard').then((m) => setComp(() => m.Dashboard));
  }, []);
  return Comp ? <Comp policy={state.effective} /> : null;
}

export function OptionsApp() {
  const [section, setSection] = useState(currentSection());
  const [state, setState] = useState<PolicyState | null>(null);
  const [stats, setStats] = useState<StatsReply | null>(null);

  const reload = useCallback(() => {
    void getPolicyState().then(setState);
    void request({ type: 'qg/stats' }).then(setStats, () => setStats(null));
  }, []);

  useEffect(() => {
    reload();
    const onHash = () => setSection(currentSection());
    addEventListener('hashchange', onHash);
    const unwatch = watchPolicy(reload);
    return () => {
      removeEventListener('hashchange', onHash);
      unwatch();
    };
  }, [reload]);

  return (
    <div class="layout">
      <nav>
        <h1>{t('app.name')}</h1>
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} class={s.id === section ? 'current' : ''} data-qg-nav={s.id}>
            {t(s.label)}
          </a>
        ))}
        <select
          class="locale"
          aria-label={t('options.language')}
          value={getLocale()}
          onChange={(e) => void saveLocale(e.currentTarget.value as 'zh-CN' | 'en').then(() => location.reload())}
        >
          <option value="zh-CN">{t('options.language.zh-CN')}</option>
          <option value="en">{t('options.language.en')}</option>
        </select>
      </nav>
      <main>
        <SaveNotice />
        {!state && <p>…</p>}
        {state && <PolicyHealthNotice state={state} />}
        {state && section === 'setup' && <FirstRunSetup state={state} onChanged={reload} />}
        {state && section === 'overview' && (
          <>
            <PolicyFilePanel state={state} onChanged={reload} />
            {stats && (
              <section class="card" data-qg-section="stats">
                <h2>{t('stats.heading')}</h2>
                <div class="stats">
                  <div>
                    <b>{stats.messages}</b>
                    {t('stats.messages')}
                  </div>
                  <div>
                    <b>{stats.chats}</b>
                    {t('stats.chats')}
                  </div>
                  <div>
                    <b>{stats.logEntries}</b>
                    {t('stats.log')}
                  </div>
                </div>
              </section>
            )}
            <LazyDashboard state={state} />
          </>
        )}
        {state && section === 'records' && <CustomerSettings state={state} onChanged={reload} />}
        {state && section === 'leaders' && <LeadersSettings state={state} onChanged={reload} />}
        {state && section === 'nickname' && <NicknameSettings state={state} onChanged={reload} />}
        {state && section === 'sensitive' && <SensitiveSettings state={state} onChanged={reload} />}
        {state && section === 'groups' && <GroupsSettings state={state} onChanged={reload} />}
        {state && section === 'quiet-hours' && <QuietHoursSettings state={state} onChanged={reload} />}
        {state && section === 'export' && <ExportPanel timeZone={state.effective.timeZone} />}
      </main>
    </div>
  );
}
