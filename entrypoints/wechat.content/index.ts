import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '@/utils/content/start';
import { CHAT_HOST_MATCHES } from '@/utils/site/hosts';
import { adapterForHost } from '@/utils/site/registry';

export default defineContentScript({
  matches: CHAT_HOST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    void startContent(ctx, adapter).catch((error) => console.error('[QunGuard] failed to start', error));
  },
});
