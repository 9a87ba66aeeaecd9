// Bundled by bench/run.mjs into a page that holds the web WeChat fixture. Uses the real session and adapter code.
import { DomWatcher } from '../utils/content/dom-watcher';
import { ChatSession } from '../utils/content/session';
import { SEL } from '../utils/site/wechat-web/selectors';
import { wechatWebAdapter } from '../utils/site/wechat-web/adapter';

declare global {
  interface Window {
    qgBench: { insertAndDrain(count: number, round: number): Promise<{ ms: number; emitted: number }> };
  }
}

let emitted = 0;
const session = new ChatSession(wechatWebAdapter, document, (event) => {
  if (event.type === 'message-seen') emitted++;
});
const watcher = new DomWatcher(document.documentElement, {
  schedule: () => {}, // the bench drains explicitly so it can time it
  onError: (error) => {
    throw error;
  },
  attributeFilter: wechatWebAdapter.observedAttributes,
});
watcher.add(session.handleMutations);
session.scanAll();
watcher.start();

window.qgBench = {
  async insertAndDrain(count, round) {
    const list = document.querySelector(SEL.messageList)!;
    const template = document.querySelectorAll(SEL.messageItem)[0]!;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const clone = template.cloneNode(true) as Element;
      const bubble = clone.querySelector('.js_message_bubble')!;
      bubble.setAttribute('data-cm', bubble.getAttribute('data-cm')!.replace('3276257714766086428', String(7_000_000_000_000_000_000n + BigInt(round * 100_000 + i))));
      fragment.append(clone);
    }
    emitted = 0;
    const start = performance.now();
    list.append(fragment); // the page inserts 1,000 message nodes at once
    watcher.drain(); // what the content script does on its next tick: read, classify and emit every message
    const ms = performance.now() - start;
    list.replaceChildren(...[...list.children].slice(0, 10));
    watcher.drain();
    return { ms, emitted };
  },
};
