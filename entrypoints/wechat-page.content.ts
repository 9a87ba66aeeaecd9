import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHAT_HOST_MATCHES } from '@/utils/site/hosts';
import { pageWorldFor } from '@/utils/site/page-world-registry';

/** The page-world helper of the chat site (see utils/site/<site>/page-world.ts); nothing else runs here. */
export default defineContentScript({
  matches: CHAT_HOST_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    pageWorldFor(location.hostname)?.();
  },
});
