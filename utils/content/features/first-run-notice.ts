/**
 * The one-time notice for staff (PIPL Art. 17): the first time QunGuard runs on a chat page of this browser profile,
 * a small card says in plain words what it checks and what it records on this computer, worded from the policy in
 * force (customer chats or all, text kept or not, retention). 我知道了 stores the acknowledgement (storage.local, so
 * it is shown once) and logs it in the chained log (kind `acknowledged`), so the company can show notice was given.
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../../core/policy/model';
import { tc } from '../../i18n/content';
import type { ContentFeature } from './types';

/** storage.local key: `{ version, at }` once the notice was acknowledged. */
export const NOTICE_ACK_KEY = 'firstRunNoticeAck';
/** Raise when the notice says something new that staff must see again. */
export const NOTICE_VERSION = 1;

const CSS = `
.card { position: fixed; left: 16px; bottom: 16px; z-index: 2147483646; max-width: 380px; box-sizing: border-box;
  font: 13px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; background: #fff;
  border: 1px solid #cfe9d9; border-left: 4px solid #07c160; border-radius: 6px; padding: 10px 14px;
  box-shadow: 0 4px 16px rgba(0,0,0,.15); }
h2 { font-size: 14px; margin: 0 0 6px; }
p { margin: 0 0 6px; }
button { font: inherit; color: #fff; background: #07c160; border: 0; border-radius: 4px; padding: 4px 14px; cursor: pointer; }
`;

/** The notice's paragraphs for the policy in force. */
export function noticeParagraphs(policy: Policy): string[] {
  const r = policy.records;
  return [
    tc('notice.checks'),
    tc(r.scope === 'all' ? 'notice.records.all' : 'notice.records.customer') +
      (r.storeText ? tc('notice.records.text', { max: r.maxTextChars }) : tc('notice.records.noText')) +
      tc('notice.records.rest', { days: r.retentionDays }),
    tc('notice.basis'),
  ];
}

export const firstRunNotice: ContentFeature = {
  id: 'first-run-notice',
  start(api) {
    void (async () => {
      const stored = (await browser.storage.local.get(NOTICE_ACK_KEY))[NOTICE_ACK_KEY] as { version?: number } | undefined;
      if ((stored?.version ?? 0) >= NOTICE_VERSION) return;
      const ui = await api.createShadowUi({ name: 'qg-first-run-notice', anchor: 'body', css: CSS, isolateEvents: true });
      api.onTeardown(() => ui.remove());
      ui.mount();
      const card = api.doc.createElement('div');
      card.className = 'card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-label', tc('notice.title'));
      const title = api.doc.createElement('h2');
      title.textContent = tc('notice.title');
      card.append(title);
      const policy = api.policy();
      for (const text of noticeParagraphs(policy)) {
        const p = api.doc.createElement('p');
        p.textContent = text;
        card.append(p);
      }
      const ok = api.doc.createElement('button');
      ok.type = 'button';
      ok.textContent = tc('notice.ok');
      ok.dataset.qgNoticeOk = '';
      ok.onclick = () => {
        const at = api.now();
        ui.remove();
        void browser.storage.local.set({ [NOTICE_ACK_KEY]: { version: NOTICE_VERSION, at } });
        api.log({ kind: 'acknowledged', eventId: `notice\u001ffirst-run\u001f${NOTICE_VERSION}\u001f${at}`, at, data: { notice: 'first-run', version: NOTICE_VERSION, scope: policy.records.scope, storeText: policy.records.storeText, retentionDays: policy.records.retentionDays } });
      };
      card.append(ok);
      ui.uiContainer.append(card);
      ui.shadowHost.setAttribute('data-qg-first-run-notice', '');
    })().catch((error: unknown) => console.warn('[QunGuard] first-run notice', error));
  },
};
