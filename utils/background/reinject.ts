/**
 * After an install or update, the chat tabs already open still run the previous content script, orphaned: it can
 * no longer reach the extension, so it cannot guard. This injects the current scripts into those tabs (the
 * `scripting` permission with the host permissions the extension already has). WXT's content-script context in
 * the orphaned script invalidates itself when the new one starts, and its teardown removes its UI and listeners.
 */
import { browser } from 'wxt/browser';
import { CHAT_HOST_MATCHES } from '../site/hosts';

/** The built content scripts (entrypoints/wechat.content, entrypoints/wechat-page.content). */
const ISOLATED_SCRIPT = '/content-scripts/wechat.js' as const;
const PAGE_WORLD_SCRIPT = '/content-scripts/wechat-page.js' as const;

export async function reinjectIntoOpenChatTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: CHAT_HOST_MATCHES });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      // The page-world helper first: it installs itself once per page, so an old copy is not doubled.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PAGE_WORLD_SCRIPT], world: 'MAIN' });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [ISOLATED_SCRIPT] });
      injected++;
    } catch (error) {
      console.warn('[QunGuard] could not re-inject into a chat tab', tab.id, error);
    }
  }
  return injected;
}
