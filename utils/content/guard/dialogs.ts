/** The guard's in-page UI: the warning dialog, the start-up notice and the "not sent" notice, in one shadow root. */
import type { GuardVerdict, OutgoingAction } from '../../core/guard';
import { tc } from '../../i18n/content';
import type { FeatureApi } from '../features/types';
import { DIALOG_CSS, renderGuardDialog, renderGuardNotice, renderStartingNotice, type DialogResult } from '../ui/guard-dialog';

export interface GuardDialogs {
  /** `masked`: the text with personal data masked, when 脱敏后发送 can be offered (else null). */
  ask(verdict: GuardVerdict, action: OutgoingAction, masked: string | null): Promise<DialogResult>;
  showStarting(): Promise<void>;
  hideStarting(): void;
  notSent(hint: 'send' | 'forward' | 'file'): Promise<void>;
  /** 脱敏后发送 could not rewrite the editor: nothing was sent. */
  maskFailed(): Promise<void>;
}

export function createGuardDialogs(api: FeatureApi): GuardDialogs {
  let ui: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
  let startingShown = false;
  const container = async () => {
    ui ??= await api.createShadowUi({ name: 'qg-guard-dialog', anchor: 'body', css: DIALOG_CSS, isolateEvents: true });
    if (!ui.shadowHost.isConnected) ui.mount();
    return ui.uiContainer;
  };
  api.onTeardown(() => ui?.remove());
  return {
    async ask(verdict, action, masked) {
      const box = await container();
      return new Promise((resolve) => renderGuardDialog(box, verdict, action.text, action.destinations ?? [], resolve, masked));
    },
    async showStarting() {
      startingShown = true;
      const box = await container();
      if (startingShown) renderStartingNotice(box, tc('guard.starting'));
    },
    hideStarting() {
      if (!startingShown) return;
      startingShown = false;
      ui?.uiContainer.replaceChildren();
    },
    async notSent(hint) {
      const box = await container();
      const body = hint === 'forward' ? tc('guard.notSentForward') : hint === 'file' ? tc('guard.notSentFile') : tc('guard.notSentSend');
      return new Promise((resolve) => renderGuardNotice(box, tc('guard.notSentTitle'), body, tc('guard.ok'), resolve));
    },
    async maskFailed() {
      const box = await container();
      return new Promise((resolve) => renderGuardNotice(box, tc('guard.notSentTitle'), tc('guard.maskFailed'), tc('guard.ok'), resolve));
    },
  };
}
