/**
 * Where sends are caught: capture-phase listeners on `window`, which run before the page's own handlers. Each
 * asks the site adapter whether the page would send (decided as the page decides) and hands a SendAttempt to the
 * flow. Replays run with `replaying` set, so the listeners let the guard's own replays through, once, untouched.
 */
import type { OutgoingAction } from '../../core/guard';
import { heldKeyOf } from '../../site/held-key';
import type { FeatureApi } from '../features/types';
import type { GuardFlow } from './flow';

export function installInterceptions(api: FeatureApi, flow: GuardFlow, signal: AbortSignal): void {
  const { adapter, doc } = api;
  let replaying = false;
  const replayOnce = (fn: () => void) => () => {
    replaying = true;
    try {
      fn();
    } finally {
      replaying = false;
    }
  };
  const listen = <K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, (e) => !replaying && handler(e), { capture: true, signal });

  const currentChat = () => {
    const chat = adapter.readCurrentChat(doc);
    return chat ? { name: chat.name, kind: chat.kind } : null;
  };
  const editorText = () => adapter.readEditorText(doc) ?? '';
  /** What the send key / 发送 would send now: the editor's text in the open chat (nothing for an empty editor). */
  const readSend = (): OutgoingAction | null => {
    const chat = currentChat();
    const text = editorText();
    return chat && text.trim() ? { kind: 'send', chat, text, fileNames: [] } : null;
  };
  /** A send took when the editor no longer holds the text it held at the replay. */
  const editorSend = (replay: () => void) => {
    let textAtReplay = '';
    return {
      read: readSend,
      replay: replayOnce(() => {
        textAtReplay = editorText();
        replay();
      }),
      tookEffect: () => editorText() !== textAtReplay,
      notSentHint: 'send' as const,
      ...(adapter.writeEditorText ? { rewrite: (text: string) => adapter.writeEditorText!(doc, text) } : {}),
    };
  };

  listen('keydown', (event) => {
    if (!adapter.isSendKey(event)) return;
    const editor = event.target as Element;
    const key = heldKeyOf(event);
    flow.handle({ event, ...editorSend(() => adapter.replaySendKey(editor, key)) });
  });

  let contextItem: Element | null = null;
  listen('contextmenu', (event) => {
    const target = event.target as Element | null;
    contextItem = target?.closest?.(adapter.messageItemSelector) ?? null;
  });

  listen('click', (event) => {
    const target = event.target as HTMLElement | null;
    if (!target || typeof target.closest !== 'function') return;
    const clickAgain = replayOnce(() => adapter.replayClick(target));
    if (adapter.isSendClick(target)) {
      flow.handle({ event, ...editorSend(() => adapter.replayClick(target)) });
      return;
    }
    const failed = adapter.resendItem(target);
    if (failed) {
      flow.handle({
        event,
        read: () => {
          const chat = currentChat();
          const item = adapter.readMessageItem(failed, api.now());
          const text = item.kind === 'message' ? (item.text ?? '') : '';
          return chat && text.trim() ? { kind: 'send', chat, text, fileNames: [] } : null;
        },
        replay: clickAgain,
        tookEffect: () => !failed.isConnected || !adapter.resendItem(target),
        notSentHint: 'send',
      });
      return;
    }
    if (adapter.isForwardSend(target, doc)) {
      flow.handle({
        event,
        read: () => {
          const chat = currentChat();
          if (!chat) return null;
          const item = contextItem?.isConnected ? adapter.readMessageItem(contextItem, api.now()) : null;
          const text = item?.kind === 'message' ? [item.text, item.fileName].filter(Boolean).join('\n') : item?.kind === 'system' ? item.text : '';
          return { kind: 'forward', chat, text, fileNames: [], destinations: adapter.readForwardTargets(doc) };
        },
        replay: clickAgain,
        tookEffect: () => !adapter.forwardDialogOpen(doc),
        notSentHint: 'forward',
      });
    }
  });

  listen('change', (event) => {
    const input = event.target as HTMLInputElement | null;
    if (!input || typeof input.matches !== 'function' || !adapter.isFileInput(input)) return;
    const names = [...(input.files ?? [])].map((f) => f.name);
    flow.handle({
      event,
      read: () => {
        const chat = currentChat();
        return chat && names.length ? { kind: 'file', chat, text: '', fileNames: names } : null;
      },
      replay: replayOnce(() => input.dispatchEvent(new Event('change', { bubbles: true }))),
      // The uploader takes the files and then resets or replaces its input.
      tookEffect: () => !input.isConnected || !input.value,
      notSentHint: 'file',
      onCancel: () => (input.value = ''), // not sent: picking the same file again must fire a new change
    });
  });
}
