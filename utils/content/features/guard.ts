/**
 * Send & forward guard. Capture-phase listeners on `window` run before the page's own handlers: Enter / Alt+S
 * in the editor, a click on 发送, a file picked in the composer, and the forward dialog's 确定 / 发送. When the
 * policy has something to say, the original event is stopped and a dialog asks; 取消 leaves everything as it
 * was, 仍然发送 lets the original action through exactly once (re-checked first if the editor changed).
 * If a check throws, the action goes through (fail-open) and an audit record says so.
 */
import { compileDetector, type Detector } from '../../core/detector/detector';
import type { CurrentChat } from '../../core/events';
import { evaluateOutgoing, type GuardVerdict, type OutgoingAction } from '../../core/guard';
import type { Policy } from '../../core/policy/model';
import { capText } from '../../core/text';
import { DIALOG_CSS, renderGuardDialog, type DialogResult } from '../ui/guard-dialog';
import type { ContentFeature, FeatureApi } from './types';

type Replay = () => void;

export const guard: ContentFeature = {
  id: 'guard',
  start(api) {
    let detector: Detector | null = null;
    let detectorFor: Policy | null = null;
    const getDetector = () => {
      const policy = api.policy();
      if (detectorFor !== policy) {
        detector = compileDetector(policy.sensitive);
        detectorFor = policy;
      }
      return detector!;
    };
    // Compile soon after start, not on the first keystroke.
    api.setTimeout(() => void getDetector(), 500);

    let account = '';
    let chat: CurrentChat | null = null;
    let contextItem: Element | null = null;
    /** Events we dispatch ourselves (replays) pass untouched, once. */
    const replaying = new WeakSet<Event>();
    let allowNextClickOn: Element | null = null;
    let dialogOpen = false;

    const listen = <K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void) => {
      window.addEventListener(type, handler, true);
      api.onTeardown(() => window.removeEventListener(type, handler, true));
    };

    const audit = (kind: 'warning' | 'decision', verdict: GuardVerdict | null, action: OutgoingAction, extra: Record<string, unknown>) => {
      const policy = api.policy();
      const data: Record<string, unknown> = {
        action: action.kind,
        chatKind: action.chat.kind,
        chatClass: verdict?.chatClass ?? 'unknown',
        destinationClasses: verdict?.destinationClasses ?? [],
        rules: verdict?.findings.map((f) => f.rule) ?? [],
        categories: [...new Set(verdict?.findings.map((f) => f.category) ?? [])],
        ...extra,
      };
      if (policy.sensitive.auditText && action.text) data.text = capText(action.text, policy.records.maxTextChars || 500);
      api.log({ kind, account, chat: action.chat.name, data });
    };

    let dialogUi: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
    const ask = async (verdict: GuardVerdict, action: OutgoingAction): Promise<DialogResult> => {
      dialogUi ??= await api.createShadowUi({ name: 'qg-guard-dialog', position: 'inline', anchor: 'body', append: 'last', css: DIALOG_CSS, isolateEvents: true, onMount: () => undefined });
      if (!dialogUi.shadowHost.isConnected) dialogUi.mount();
      return new Promise((resolve) => renderGuardDialog(dialogUi!.uiContainer, verdict, action.text, action.destinations ?? [], resolve));
    };
    api.onTeardown(() => dialogUi?.remove());

    /** Outgoing sends in customer chats are logged with their exact time (the page shows no per-message time). */
    const recordSend = (action: OutgoingAction) => {
      if (action.kind === 'forward' || classify(action.chat.name, action.chat.kind) !== 'customer') return;
      api.log({ kind: 'send', account, chat: action.chat.name, data: { action: action.kind, chatKind: action.chat.kind, textLength: action.text.length, files: action.fileNames.length } });
    };

    /**
     * Check an outgoing action; when a dialog is needed, stop `event` and resolve the user's answer. `current`
     * re-reads the action at confirmation time, so content changed meanwhile is checked again.
     */
    const intercept = (event: Event, read: () => OutgoingAction | null, replay: Replay, onCancel?: () => void) => {
      if (dialogOpen) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      let action: OutgoingAction | null = null;
      let verdict: GuardVerdict;
      try {
        action = read();
        if (!action) return;
        verdict = evaluateOutgoing(action, api.policy(), getDetector(), api.now(), classify);
      } catch (error) {
        if (action) audit('decision', null, action, { decision: 'check-failed', error: String(error).slice(0, 200) });
        console.error('[QunGuard] check failed; letting the action through (fail-open)', error);
        return;
      }
      if (!verdict.dialog) {
        recordSend(action);
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      const checked = action;
      audit('warning', verdict, checked, { dialog: verdict.dialog, blocked: verdict.blocked });
      dialogOpen = true;
      const focused = api.doc.activeElement as HTMLElement | null;
      void ask(verdict, checked).then((result) => {
        dialogOpen = false;
        if (focused?.isConnected) focused.focus(); // back to the editor, as before the dialog
        if (result.decision === 'cancelled') {
          audit('decision', verdict, checked, { decision: verdict.blocked ? 'blocked' : 'cancelled' });
          onCancel?.();
          return;
        }
        const now = read();
        if (now && (now.text !== checked.text || now.fileNames.join('\n') !== checked.fileNames.join('\n'))) {
          // The content changed while the dialog was open: check what would really be sent.
          const again = evaluateOutgoing(now, api.policy(), getDetector(), api.now(), classify);
          if (again.dialog) {
            audit('decision', verdict, checked, { decision: 'recheck', reason: result.reason ?? null });
            intercept(new Event('qg-recheck'), read, replay, onCancel);
            return;
          }
        }
        audit('decision', verdict, checked, { decision: 'sent-anyway', reason: result.reason ?? null });
        recordSend(now ?? checked);
        replay();
      });
    };

    /** Staff tags win; a destination's kind is unknown, so a tag on either kind counts. */
    const classify = (name: string, kind?: 'group' | 'direct') =>
      kind ? api.classify({ name, kind }) : (api.tagOf({ name, kind: 'group' }) ?? api.tagOf({ name, kind: 'direct' }) ?? api.classify({ name, kind: 'group' }));
    const currentChat = () => (chat ? { name: chat.name, kind: chat.kind } : null);
    /** What Enter / 发送 would send now: the editor's text in the open chat (nothing for an empty editor). */
    const readSend = (): OutgoingAction | null => {
      const target = currentChat();
      const text = api.adapter.readEditorText(api.doc) ?? '';
      return target && text.trim() ? { kind: 'send', chat: target, text, fileNames: [] } : null;
    };

    // --- send: Enter / Alt+S in the editor ------------------------------------------------------------
    listen('keydown', (event) => {
      if (replaying.has(event) || !api.adapter.isSendKey(event)) return;
      const editor = event.target as HTMLElement;
      const init: KeyboardEventInit = { key: event.key, code: event.code, altKey: event.altKey, ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
      const keyCode = event.keyCode;
      intercept(
        event,
        readSend,
        () => {
          const replay = new KeyboardEvent('keydown', init);
          // The page reads keyCode; KeyboardEventInit cannot set it.
          Object.defineProperty(replay, 'keyCode', { get: () => keyCode });
          Object.defineProperty(replay, 'which', { get: () => keyCode });
          replaying.add(replay);
          editor.focus();
          editor.dispatchEvent(replay);
        },
      );
    });

    // --- send button, forward confirm, and remembering the message a context menu was opened on -------
    listen('click', (event) => {
      const target = event.target as Element | null;
      if (!target || typeof target.closest !== 'function') return;
      if (allowNextClickOn && (target === allowNextClickOn || allowNextClickOn.contains(target))) {
        allowNextClickOn = null;
        return;
      }
      const button = target.closest('a, button, div') as HTMLElement | null;
      if (api.adapter.isSendClick(target)) {
        intercept(
          event,
          readSend,
          () => {
            allowNextClickOn = button;
            button?.click();
          },
        );
      } else if (api.adapter.isForwardConfirm(target)) {
        intercept(
          event,
          () => {
            const c = currentChat();
            if (!c) return null;
            const read = contextItem?.isConnected ? api.adapter.readMessageItem(contextItem, api.now()) : null;
            const text = read?.kind === 'message' ? [read.text, read.fileName].filter(Boolean).join('\n') : read?.kind === 'system' ? read.text : '';
            return { kind: 'forward', chat: c, text, fileNames: [], destinations: api.adapter.readForwardTargets(api.doc) };
          },
          () => {
            allowNextClickOn = button;
            button?.click();
          },
        );
      }
    });
    listen('contextmenu', (event) => {
      const target = event.target as Element | null;
      contextItem = target?.closest?.(api.adapter.messageItemSelector) ?? null;
    });

    // --- files picked in the composer ---------------------------------------------------------------------
    listen('change', (event) => {
      const input = event.target as HTMLInputElement | null;
      if (replaying.has(event) || !input || !api.adapter.isFileInput(input)) return;
      intercept(
        event,
        () => {
          const c = currentChat();
          const names = [...(input.files ?? [])].map((f) => f.name);
          return c && names.length ? { kind: 'file', chat: c, text: '', fileNames: names } : null;
        },
        () => {
          const replay = new Event('change', { bubbles: true });
          replaying.add(replay);
          input.dispatchEvent(replay);
        },
        () => (input.value = ''), // not sent: picking the same file again must fire a new change
      );
    });

    return {
      onEvent(event) {
        if (event.type === 'chat-opened') {
          account = event.account;
          chat = event.chat;
        }
      },
    };
  },
};
