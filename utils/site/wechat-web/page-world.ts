/**
 * Runs in web WeChat's own JavaScript world (a MAIN-world content script). It replays a keydown the guard held,
 * built here so the page's handler sees its `keyCode` (the event is the one the staff member pressed and then
 * confirmed in QunGuard's dialog), notes a refused login the app announces in an alert (./login-refusal.ts), and
 * runs the read-only bridge into the app's model (./app-bridge.ts). It calls no method of the app.
 */
import { installAppBridge } from './app-bridge';
import { watchRefusalAlerts } from './login-refusal';

/** The guard's request to replay a held keydown (a string detail: strings cross the worlds intact). */
export const REPLAY_KEY_EVENT = 'qunguard:replay-key';

const KEY_FIELDS = ['key', 'code'] as const;
const FLAG_FIELDS = ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const;

/** Set on the page's window once installed: the helper is injected again after an extension update. */
const INSTALLED = Symbol.for('qunguard.pageWorld');

export function installPageWorldReplay(doc: Document = document): void {
  const win = (doc.defaultView ?? window) as Window & { [INSTALLED]?: true };
  installAppBridge(win); // installs once per bridge version: a page-world helper from an older build has none
  if (win[INSTALLED]) return;
  Object.defineProperty(win, INSTALLED, { value: true });
  watchRefusalAlerts(win);
  doc.addEventListener(
    REPLAY_KEY_EVENT,
    (event) => {
      const target = event.target as Element | null;
      const detail = (event as CustomEvent<unknown>).detail;
      if (!target || typeof detail !== 'string' || detail.length > 500) return;
      let request: Record<string, unknown>;
      try {
        request = JSON.parse(detail) as Record<string, unknown>;
      } catch {
        return;
      }
      const keyCode = Number(request.keyCode);
      if (!Number.isInteger(keyCode) || keyCode <= 0 || keyCode > 255) return;
      const init: KeyboardEventInit = { bubbles: true, cancelable: true, composed: true };
      for (const f of KEY_FIELDS) if (typeof request[f] === 'string') init[f] = request[f] as string;
      for (const f of FLAG_FIELDS) init[f] = request[f] === true;
      const replay = new KeyboardEvent('keydown', init);
      // KeyboardEventInit cannot set these legacy fields; the page's handler reads keyCode (jQuery also which).
      Object.defineProperty(replay, 'keyCode', { get: () => keyCode });
      Object.defineProperty(replay, 'which', { get: () => keyCode });
      target.dispatchEvent(replay);
    },
    true,
  );
}
