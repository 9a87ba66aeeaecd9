import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '@/utils/background/handlers';
import { isBusRequest } from '@/utils/bus/protocol';
import { getEffectivePolicy } from '@/utils/policy/store';
import { getDb } from '@/utils/store/db';

export default defineBackground({
  type: 'module',
  main() {
    // Registered synchronously at start-up so a message that wakes a stopped worker finds its listener.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isBusRequest(message) || message.type === 'qg/getStatus') return undefined;
      return handleRequest(message, { db: getDb, policy: getEffectivePolicy }).catch((error: unknown) => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }));
    });
  },
});
