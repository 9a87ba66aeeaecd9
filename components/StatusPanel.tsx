import type { ContentStatus } from '@/utils/bus/protocol';
import { statusHeadline } from '@/components/status-text';
import { t } from '@/utils/i18n';

/** Protection state of one chat tab: headline, account, and the failing checks when paused. */
export function StatusPanel({ status }: { status: ContentStatus }) {
  const failing = status.health.checks.filter((check) => !check.ok);
  return (
    <section class={`status status-${status.health.state}`} data-qg-popup-status={status.health.state}>
      <p class="headline">{statusHeadline(status)}</p>
      {status.account && (
        <p class="meta">
          {t('status.account', { account: status.account })}
        </p>
      )}
      {status.health.state === 'refused' && <p class="meta" data-qg-refused-help>{t('status.refusedHelp')}</p>}
      {status.health.state === 'active' && status.modelState === 'unavailable' && (
        <p class="meta" data-qg-model-paused>
          {t('status.modelPaused')}
        </p>
      )}
      {status.health.state === 'paused' && failing.length > 0 && (
        <div class="checks">
          <p>{t('status.failedChecks')}</p>
          <ul>
            {failing.map((check) => (
              <li key={check.id}>
                {check.id} <code>{check.selector}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.pendingEvents > 0 && (
        <p class="meta">
          {t('status.pending')}: {status.pendingEvents}
        </p>
      )}
    </section>
  );
}
