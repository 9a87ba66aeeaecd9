/**
 * An in-page UI in its own open shadow root: page CSS cannot reach in, ours cannot leak out, and chat text is put
 * in as text by the renderers. It does what WXT's createShadowRootUi did for us — a `:host{all:initial}` reset, our
 * stylesheet, a container, mount at an anchor (appended last), remove, key events kept from the page — without
 * what we never used (entry CSS files, overlay/modal positions, auto-mount), whose element-waiting library cost the
 * chat page's script ~2.5 KB gzip of its 60 KB budget.
 */
export interface ShadowUiOptions {
  /** The host element's tag: two words, kebab-case (`qg-guard-dialog`), so it can carry a shadow root. */
  name: string;
  /** Where it is appended: the page's body, or an element found when mounting. */
  anchor: 'body' | (() => Element | null);
  css: string;
  /** Keep key presses inside (a reason typed in a dialog must not reach the chat page's shortcuts). */
  isolateEvents?: boolean;
}

export interface ShadowUi {
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Render into this. */
  uiContainer: HTMLElement;
  /** Append the host to the anchor (throws when the anchor is missing: callers check it first). */
  mount(): void;
  /** Take the host out of the page and empty it. */
  remove(): void;
}

const RESET = ':host{all:initial !important;}';

export function createShadowUi(options: ShadowUiOptions, doc: Document = document): ShadowUi {
  const shadowHost = doc.createElement(options.name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${RESET}\n${options.css}`;
  const uiContainer = doc.createElement('div');
  shadow.append(style, uiContainer);
  if (options.isolateEvents) for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  return {
    shadowHost,
    shadow,
    uiContainer,
    mount() {
      const anchor = options.anchor === 'body' ? doc.body : options.anchor();
      if (!anchor) throw new Error(`no place for ${options.name} in the page`);
      anchor.append(shadowHost);
    },
    remove() {
      shadowHost.remove();
      uiContainer.replaceChildren();
    },
  };
}
