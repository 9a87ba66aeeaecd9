import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '@/utils/content/start';
import { CHAT_HOST_MATCHES } from '@/utils/site/hosts';
import { adapterForHost } from '@/utils/site/registry';

export default defineContentScript({
  matches: CHAT_HOST_MATCHES,
  // document_start: the send guard must be in place before the page can send (utils/content/start.ts).
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    startContent(ctx, adapter);
  },
});
