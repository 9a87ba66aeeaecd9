import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PolicyHealthNotice } from '@/components/PolicyHealthNotice';
import { StatusPanel } from '@/components/StatusPanel';
import { request } from '@/utils/bus/client';
import type { ContentStatus, StatsReply } from '@/utils/bus/protocol';
import { t } from '@/utils/i18n';
import { getPolicyState, type PolicyState } from '@/utils/policy/store';

type TabState = { kind: 'loading' } | { kind: 'status'; status: ContentStatus } | { kind: 'none'; reason: 'notChatPage' | 'noContentScript' };

async function queryActiveTab(): Promise<TabState> {
  // `popup.html?tab=N` shows tab N: support staff (and the e2e tests) open the popup as a page.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced ? [await browser.tabs.get(forced)] : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'none', reason: 'notChatPage' };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'qg/getStatus' })) as { ok?: boolean; status?: ContentStatus } | undefined;
    if (reply?.ok && reply.status) return { kind: 'status', status: reply.status };
  } catch {
    /* no content script in this tab */
  }
  // Without the tabs permission, tab.url is only visible on our own host permissions = chat pages.
  return { kind: 'none', reason: tab.url ? 'noContentScript' : 'notChatPage' };
}

export function PopupApp() {
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [stats, setStats] = useState<StatsReply | null>(null);
  const [policy, setPolicy] = useState<PolicyState | null>(null);

  useEffect(() => {
    void queryActiveTab().then(setTab);
    void getPolicyState().then(setPolicy, () => setPolicy(null));
    void request({ type: 'qg/stats' }).then(setStats, () => setStats(null));
  }, []);

  return (
    <main>
      <h1>{t('app.name')}</h1>
      {policy && <PolicyHealthNotice state={policy} compact />}
      {tab.kind === 'loading' && <p class="note">{t('status.starting')}</p>}
      {tab.kind === 'status' && <StatusPanel status={tab.status} />}
      {tab.kind === 'none' && <p class="note">{t(tab.reason === 'notChatPage' ? 'status.notChatPage' : 'status.noContentScript')}</p>}
      {stats && (
        <div class="counts">
          <div>
            <b data-qg-stat="today">{stats.todayMessages}</b>
            {t('popup.today')}
          </div>
          <div>
            <b data-qg-stat="total">{stats.messages}</b>
            {t('popup.total')}
          </div>
        </div>
      )}
      <a class="options" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </a>
    </main>
  );
}
