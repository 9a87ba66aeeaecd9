/**
 * A small in-page host with its own open shadow root and stylesheet. Content scripts have no customElements
 * registry, but attachShadow works on custom-named elements, so page CSS cannot reach in and ours cannot leak out.
 */
export function createShadowHost(tag: string, css: string, ...children: Node[]): HTMLElement {
  const host = document.createElement(tag);
  const style = document.createElement('style');
  style.textContent = css;
  host.attachShadow({ mode: 'open' }).append(style, ...children);
  return host;
}
