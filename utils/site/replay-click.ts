/**
 * Replay a held click on a page's control. Chat pages use `<a href="javascript:;">` controls: the page's handler
 * runs during the dispatch, and the link's own navigation is prevented afterwards (run from a content script, a
 * javascript: URL only trips the content script's CSP; it does nothing in the page either). Shared by adapters
 * whose controls work this way.
 */
export function replayClickWithoutNavigation(target: Element): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  const view = target.ownerDocument.defaultView;
  view?.addEventListener('click', (e) => e === click && e.preventDefault(), { once: true });
  target.dispatchEvent(click);
}
