/**
 * The guard's decision flow for one send attempt: check it against the policy; when the policy has something to
 * say, hold the page's event and ask; on 仍然发送 replay the event and confirm that the page really sent.
 *
 * - Before the policy is known (the first moments of a page) an attempt is held, with a "正在启动" notice, for
 *   at most HOLD_LIMIT_MS; it is then judged by the policy, or by the built-in defaults if the policy is still not
 *   known (recorded as held-timeout). Nothing with a finding leaves unchecked.
 * - A decision is audited as sent-anyway only when the page really sent (attempt.tookEffect). If a replay did
 *   not take, staff are told how to send, that one text passes once without asking again, and the audit says
 *   replay-failed.
 * - If the check itself throws, the attempt goes through (fail-open) and the audit says check-failed.
 * - 脱敏后发送 (offered when the findings hold personal data and the attempt's text can be rewritten): the editor
 *   gets the masked text, which is checked again like any text; it is sent, by replaying the held event, only if
 *   nothing else needs asking, and audited as masked-sent only when the page really sent it. If the editor does
 *   not take the masked text, nothing is sent (mask-failed) and staff are told.
 */
import { compileDetector, type Detector } from '../../core/detector/detector';
import { detectorPolicy } from '../../core/detector/presets';
import { evaluateOutgoing, type GuardVerdict, type OutgoingAction } from '../../core/guard';
import { maskPersonalData } from '../../core/mask';
import { defaultPolicy, type Policy } from '../../core/policy/model';
import type { FeatureApi } from '../features/types';
import type { SendAttempt } from './attempt';
import { auditGuard, recordCustomerSend, type GuardDecision } from './audit';
import type { GuardDialogs } from './dialogs';

/** The longest a send waits for the policy at start-up before it is judged by the built-in defaults. */
export const HOLD_LIMIT_MS = 2000;
/** How long the page gets to act on a replay before the guard says it did not send. */
export const REPLAY_CONFIRM_MS = 2000;
/** A confirmed text whose replay did not take passes once, without asking again, within this time. */
export const PASS_AGAIN_MS = 2 * 60_000;

export interface GuardFlowDeps {
  api: FeatureApi;
  dialogs: GuardDialogs;
  /** Resolves with the effective policy once it is known (at once when it already is). */
  policyKnown(): Policy | null;
  whenPolicyKnown(): Promise<Policy>;
}

export class GuardFlow {
  private busy = false;
  private passAgain: { chat: string; text: string; until: number } | null = null;
  private detector: Detector | null = null;
  private detectorFor: Policy | null = null;

  constructor(private readonly deps: GuardFlowDeps) {}

  /** Compile the detector for `policy` now (not on the first keystroke). */
  prepare(policy: Policy): void {
    this.detectorOf(policy);
  }

  /** Called synchronously from the page event's capture listener. */
  handle(attempt: SendAttempt): void {
    if (this.busy) {
      hold(attempt.event); // a dialog or a start-up hold is in progress: the page must not act meanwhile
      return;
    }
    const policy = this.deps.policyKnown();
    if (!policy) {
      hold(attempt.event);
      void this.holdUntilKnown(attempt);
      return;
    }
    let action: OutgoingAction | null = null;
    let verdict: GuardVerdict;
    try {
      action = attempt.read();
      if (!action) return;
      if (this.consumePassAgain(action)) return;
      verdict = this.evaluate(action, policy);
    } catch (error) {
      this.checkFailed(action, error);
      return;
    }
    if (!verdict.dialog) {
      recordCustomerSend(this.deps.api, action, verdict.chatClass);
      return;
    }
    hold(attempt.event);
    void this.ask(attempt, action, verdict);
  }

  private async holdUntilKnown(attempt: SendAttempt): Promise<void> {
    this.busy = true;
    const { api, dialogs } = this.deps;
    void dialogs.showStarting();
    const known = await Promise.race([this.deps.whenPolicyKnown(), sleep(api, HOLD_LIMIT_MS).then(() => null)]);
    dialogs.hideStarting();
    this.busy = false;
    const policy = known ?? defaultPolicy();
    let action: OutgoingAction | null = null;
    let verdict: GuardVerdict;
    try {
      action = attempt.read();
      if (!action) {
        attempt.replay(); // nothing QunGuard checks (e.g. an empty editor): the page does what it would have done
        return;
      }
      verdict = this.evaluate(action, policy);
    } catch (error) {
      this.checkFailed(action, error);
      if (action) await this.replayAndConfirm(attempt, null, action);
      else attempt.replay();
      return;
    }
    if (!known) auditGuard(api, 'decision', verdict, action, { decision: 'held-timeout', heldMs: HOLD_LIMIT_MS });
    if (verdict.dialog) await this.ask(attempt, action, verdict);
    else await this.replayAndConfirm(attempt, verdict, action);
  }

  private async ask(attempt: SendAttempt, action: OutgoingAction, verdict: GuardVerdict): Promise<void> {
    const { api, dialogs } = this.deps;
    auditGuard(api, 'warning', verdict, action, { dialog: verdict.dialog, blocked: verdict.blocked });
    this.busy = true;
    const focused = api.doc.activeElement as HTMLElement | null;
    const mask = attempt.rewrite && action.kind === 'send' ? maskPersonalData(action.text, verdict.hits) : null;
    const result = await dialogs.ask(verdict, action, mask?.masked ? mask.text : null);
    this.busy = false;
    if (focused?.isConnected) focused.focus(); // back to the editor, as before the dialog
    if (result.decision === 'cancelled') {
      auditGuard(api, 'decision', verdict, action, { decision: verdict.blocked ? 'blocked' : 'cancelled' });
      attempt.onCancel?.();
      return;
    }
    if (result.decision === 'masked' && mask?.masked) {
      await this.sendMasked(attempt, action, verdict, mask.text, mask.masked);
      return;
    }
    const now = attempt.read();
    if (now && (now.text !== action.text || now.fileNames.join('\n') !== action.fileNames.join('\n'))) {
      // The content changed while the dialog was open: check what would really be sent.
      const again = this.evaluate(now, this.deps.policyKnown() ?? defaultPolicy());
      if (again.dialog) {
        auditGuard(api, 'decision', verdict, action, { decision: 'recheck', reason: result.reason ?? null });
        await this.ask(attempt, now, again);
        return;
      }
    }
    await this.replayAndConfirm(attempt, verdict, now ?? action, { decision: 'sent-anyway', reason: result.reason ?? null });
  }

  /** 脱敏后发送: put the masked text in the editor, check it again, and send it only if nothing else needs asking. */
  private async sendMasked(attempt: SendAttempt, action: OutgoingAction, verdict: GuardVerdict, maskedText: string, masked: number): Promise<void> {
    const { api, dialogs } = this.deps;
    const now = attempt.read();
    if (!now || now.text !== action.text) {
      // The text changed while the dialog was open: the masked text was made for the old one, so it is not
      // sent. What is there now is asked about if it needs asking (else staff send it again themselves).
      auditGuard(api, 'decision', verdict, action, { decision: 'recheck' });
      const again = now ? this.evaluate(now, this.deps.policyKnown() ?? defaultPolicy()) : null;
      if (now && again?.dialog) await this.ask(attempt, now, again);
      return;
    }
    const maskedAction: OutgoingAction = { ...action, text: maskedText };
    const written = attempt.rewrite?.(maskedText) ?? false;
    const after = attempt.read();
    if (!written || !after || after.text !== maskedText) {
      auditGuard(api, 'decision', verdict, maskedAction, { decision: 'mask-failed' });
      this.busy = true;
      await dialogs.maskFailed();
      this.busy = false;
      return;
    }
    const again = this.evaluate(after, this.deps.policyKnown() ?? defaultPolicy());
    if (again.dialog) {
      // Something besides the personal data needs asking (quiet hours, another term): ask about the masked text.
      auditGuard(api, 'decision', verdict, maskedAction, { decision: 'masked', masked });
      await this.ask(attempt, after, again);
      return;
    }
    await this.replayAndConfirm(attempt, verdict, after, { decision: 'masked-sent', masked });
  }

  /** Replay the held event, then record what the page really did (`confirmed`: how a confirmed send is audited). */
  private async replayAndConfirm(attempt: SendAttempt, verdict: GuardVerdict | null, action: OutgoingAction, confirmed: Confirmed = { decision: 'sent-anyway', reason: null }): Promise<void> {
    const { api, dialogs } = this.deps;
    attempt.replay();
    const sent = await waitFor(api, () => attempt.tookEffect(), REPLAY_CONFIRM_MS);
    if (sent) {
      if (verdict?.dialog) auditGuard(api, 'decision', verdict, action, confirmed);
      if (verdict) recordCustomerSend(api, action, verdict.chatClass);
      return;
    }
    auditGuard(api, 'decision', verdict, action, { ...confirmed, decision: 'replay-failed' });
    this.passAgain = { chat: action.chat.name, text: passKey(action), until: api.now() + PASS_AGAIN_MS };
    this.busy = true;
    await dialogs.notSent(attempt.notSentHint);
    this.busy = false;
  }

  private consumePassAgain(action: OutgoingAction): boolean {
    const pass = this.passAgain;
    if (!pass || pass.chat !== action.chat.name || pass.text !== passKey(action) || this.deps.api.now() > pass.until) return false;
    this.passAgain = null;
    return true;
  }

  private evaluate(action: OutgoingAction, policy: Policy): GuardVerdict {
    const { api } = this.deps;
    return evaluateOutgoing(action, policy, this.detectorOf(policy), api.now(), (name, kind) => classifyFor(api, name, kind));
  }

  private detectorOf(policy: Policy): Detector {
    if (this.detectorFor !== policy || !this.detector) {
      this.detector = compileDetector(detectorPolicy(policy.sensitive)); // with the admin's edited preset terms
      this.detectorFor = policy;
    }
    return this.detector;
  }

  private checkFailed(action: OutgoingAction | null, error: unknown): void {
    if (action) auditGuard(this.deps.api, 'decision', null, action, { decision: 'check-failed', error: String(error).slice(0, 200) });
    console.error('[QunGuard] check failed; letting the action through (fail-open)', error);
  }
}

/** What a confirmed send is audited as once the page sent it: 仍然发送 (with the reason) or 脱敏后发送. */
type Confirmed = { decision: Extract<GuardDecision, 'sent-anyway'>; reason: string | null } | { decision: Extract<GuardDecision, 'masked-sent'>; masked: number };

/** Staff tags win; a destination's kind is unknown, so a tag on either kind counts. */
function classifyFor(api: FeatureApi, name: string, kind?: 'group' | 'direct') {
  return kind ? api.classify({ name, kind }) : (api.tagOf({ name, kind: 'group' }) ?? api.tagOf({ name, kind: 'direct' }) ?? api.classify({ name, kind: 'group' }));
}

function passKey(action: OutgoingAction): string {
  return `${action.kind}\n${action.text}\n${action.fileNames.join('\n')}\n${(action.destinations ?? []).join('\n')}`;
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function sleep(api: FeatureApi, ms: number): Promise<void> {
  return new Promise((resolve) => api.setTimeout(resolve, ms));
}

async function waitFor(api: FeatureApi, check: () => boolean, ms: number): Promise<boolean> {
  const end = api.now() + ms;
  for (;;) {
    if (check()) return true;
    if (api.now() >= end) return false;
    await sleep(api, 50);
  }
}
