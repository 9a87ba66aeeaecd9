// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { classifyChat } from '@/utils/core/classify';
import type { OutgoingAction } from '@/utils/core/guard';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';
import type { FeatureApi } from '@/utils/content/features/types';
import type { SendAttempt } from '@/utils/content/guard/attempt';
import type { GuardDialogs } from '@/utils/content/guard/dialogs';
import { GuardFlow, HOLD_LIMIT_MS, REPLAY_CONFIRM_MS } from '@/utils/content/guard/flow';

/** 10:00 Beijing on a weekday: outside quiet hours. */
const TEN_AM = Date.parse('2026-12-02T10:00:00+08:00');
const policy = (): Policy => defaultPolicy();

type Answer = 'sent-anyway' | 'cancelled' | 'masked';

/** `answer`: what staff choose in the dialog; a list answers successive dialogs in turn. */
function harness({ known = policy() as Policy | null, answer = 'sent-anyway' as Answer | Answer[], current: policyNow = policy } = {}) {
  let now = TEN_AM;
  const timers: Array<{ at: number; fn: () => void }> = [];
  const logs: Array<{ kind: string; data?: Record<string, unknown> }> = [];
  let announce: (p: Policy) => void = () => undefined;
  const whenKnown = new Promise<Policy>((r) => (announce = r));
  const api = {
    adapter: { readAccount: () => '陈经理' },
    doc: document,
    policy: policyNow,
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
    log: (entry: { kind: string; data?: Record<string, unknown> }) => logs.push(entry),
    classify: (chat: { name: string }) => classifyChat(chat.name, policy().groups),
    tagOf: () => null,
  } as unknown as FeatureApi;
  const answers = Array.isArray(answer) ? [...answer] : null;
  const dialogs: GuardDialogs & { asked: number; starting: number; notSentShown: number; maskFailedShown: number; offered: Array<string | null> } = {
    asked: 0,
    starting: 0,
    notSentShown: 0,
    maskFailedShown: 0,
    offered: [],
    ask: vi.fn(async (_verdict, _action, masked: string | null) => {
      dialogs.asked++;
      dialogs.offered.push(masked);
      const choice = answers ? (answers.shift() ?? 'cancelled') : (answer as Answer);
      return choice === 'sent-anyway' ? { decision: 'sent-anyway' as const, reason: '客户要求' } : { decision: choice };
    }),
    showStarting: async () => void dialogs.starting++,
    hideStarting: () => undefined,
    notSent: async () => void dialogs.notSentShown++,
    maskFailed: async () => void dialogs.maskFailedShown++,
  };
  let current = known;
  const flow = new GuardFlow({ api, dialogs, policyKnown: () => current, whenPolicyKnown: () => (current ? Promise.resolve(current) : whenKnown) });
  /** Let time pass: run due timers and settle promises. */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      await new Promise((r) => setTimeout(r, 0));
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      now = next.at;
      next.fn();
    }
    now = end;
    await new Promise((r) => setTimeout(r, 0));
  };
  const learn = (p: Policy) => {
    current = p;
    announce(p);
  };
  return { flow, dialogs, logs, advance, learn };
}

function attempt(text: string, { takes = true } = {}) {
  const event = new Event('keydown', { cancelable: true });
  let replays = 0;
  const action: OutgoingAction = { kind: 'send', chat: { name: '客户-刘总', kind: 'direct' }, text, fileNames: [] };
  const a: SendAttempt & { replays: () => number } = {
    event,
    read: () => action,
    replay: () => void replays++,
    tookEffect: () => takes && replays > 0,
    notSentHint: 'send',
    replays: () => replays,
  };
  return a;
}
/** A send from an editor QunGuard can rewrite; the page empties the editor when it sends. */
function editorAttempt(text: string, { takes = true, rewriteWorks = true, chat = { name: '客户-刘总', kind: 'direct' as const } } = {}) {
  const event = new Event('keydown', { cancelable: true });
  const state = { editor: text, replays: 0, sentTexts: [] as string[] };
  const a: SendAttempt & { state: typeof state } = {
    event,
    read: () => (state.editor.trim() ? { kind: 'send', chat, text: state.editor, fileNames: [] } : null),
    rewrite: (next) => {
      if (!rewriteWorks) return false;
      state.editor = next;
      return true;
    },
    replay: () => {
      state.replays++;
      if (!takes) return;
      state.sentTexts.push(state.editor);
      state.editor = '';
    },
    tookEffect: () => takes && state.replays > 0,
    notSentHint: 'send',
    state,
  };
  return a;
}
const entries = (logs: Array<{ kind: string; data?: Record<string, unknown> }>) => logs.filter((l) => l.kind === 'decision').map((l) => l.data!);
const decisions = (logs: Array<{ kind: string; data?: Record<string, unknown> }>) => logs.filter((l) => l.kind === 'decision').map((l) => l.data!.decision);

describe('the guard flow', () => {
  it('lets clean text through untouched: no hold, no dialog, no replay', async () => {
    const { flow, dialogs } = harness();
    const a = attempt('刘总您好，明天上午十点见');
    flow.handle(a);
    expect(a.event.defaultPrevented).toBe(false);
    expect(dialogs.asked).toBe(0);
    expect(a.replays()).toBe(0);
  });

  it('holds text with a finding, asks, replays once and logs sent-anyway when the page really sent', async () => {
    const { flow, dialogs, logs, advance } = harness();
    const a = attempt('身份证 11010519880312041X');
    flow.handle(a);
    expect(a.event.defaultPrevented).toBe(true);
    await advance(100);
    expect(dialogs.asked).toBe(1);
    expect(a.replays()).toBe(1);
    expect(decisions(logs)).toEqual(['sent-anyway']);
  });

  it('logs replay-failed, tells staff, and lets that same text pass once without asking when the page did not send', async () => {
    const { flow, dialogs, logs, advance } = harness();
    const a = attempt('身份证 11010519880312041X', { takes: false });
    flow.handle(a);
    await advance(REPLAY_CONFIRM_MS + 100);
    expect(decisions(logs)).toEqual(['replay-failed']);
    expect(dialogs.notSentShown).toBe(1);
    const again = attempt('身份证 11010519880312041X');
    flow.handle(again);
    expect(again.event.defaultPrevented).toBe(false);
    const third = attempt('身份证 11010519880312041X');
    flow.handle(third);
    expect(third.event.defaultPrevented).toBe(true); // the pass was used up
  });

  it('on 取消 logs cancelled and never replays', async () => {
    const { flow, logs, advance } = harness({ answer: 'cancelled' });
    const a = attempt('身份证 11010519880312041X');
    flow.handle(a);
    await advance(100);
    expect(a.replays()).toBe(0);
    expect(decisions(logs)).toEqual(['cancelled']);
  });

  it('holds any send before the policy is known, with the starting notice, and judges it once the policy arrives', async () => {
    const { flow, dialogs, advance, learn } = harness({ known: null });
    const clean = attempt('刘总您好');
    flow.handle(clean);
    expect(clean.event.defaultPrevented).toBe(true);
    expect(dialogs.starting).toBe(1);
    await advance(300);
    learn(policy());
    await advance(100);
    expect(dialogs.asked).toBe(0);
    expect(clean.replays()).toBe(1); // clean: replayed as soon as the policy said so
  });

  it('judges a held send by the built-in defaults when the policy is still unknown after the hold limit', async () => {
    const { flow, dialogs, logs, advance } = harness({ known: null });
    const a = attempt('身份证 11010519880312041X');
    flow.handle(a);
    await advance(HOLD_LIMIT_MS + 100);
    expect(dialogs.asked).toBe(1);
    expect(decisions(logs)).toEqual(['held-timeout', 'sent-anyway']);
  });

  it('holds a second send while a dialog is open', async () => {
    const { flow } = harness();
    const first = attempt('身份证 11010519880312041X');
    flow.handle(first);
    const second = attempt('你好');
    flow.handle(second);
    expect(second.event.defaultPrevented).toBe(true);
  });
});

describe('脱敏后发送 in the guard flow', () => {
  const PII = '刘总，您的身份证号 11010519880312041X，手机 13812341234，请核对';
  const MASKED = '刘总，您的身份证号 110105********041X，手机 138****1234，请核对';

  it('offers the masked text when the findings hold personal data and the editor can be rewritten', async () => {
    const { flow, dialogs, advance } = harness({ answer: 'cancelled' });
    flow.handle(editorAttempt(PII));
    await advance(100);
    expect(dialogs.offered).toEqual([MASKED]);
  });

  it('offers no masking for text that cannot be rewritten, or whose findings hold no personal data', async () => {
    const { flow, dialogs, advance } = harness({ answer: 'cancelled' });
    flow.handle(attempt(PII)); // a resend: no rewrite
    await advance(100);
    const sensitiveTerm = { ...policy(), sensitive: { ...policy().sensitive, terms: [{ term: '内部价', category: 'company', action: 'warn' as const }] } };
    const h2 = harness({ answer: 'cancelled', known: sensitiveTerm, current: () => sensitiveTerm });
    h2.flow.handle(editorAttempt('这是内部价，请勿外传'));
    await h2.advance(100);
    expect(dialogs.offered).toEqual([null]);
    expect(h2.dialogs.asked).toBe(1);
    expect(h2.dialogs.offered).toEqual([null]);
  });

  it('puts the masked text in the editor, lets the page send it once, and logs masked-sent', async () => {
    const { flow, logs, advance } = harness({ answer: 'masked' });
    const a = editorAttempt(PII);
    flow.handle(a);
    await advance(100);
    expect(a.state.sentTexts).toEqual([MASKED]);
    expect(entries(logs)).toEqual([expect.objectContaining({ decision: 'masked-sent', masked: 2 })]);
  });

  it('offers masking in a block dialog too, and sends the masked text, which no longer holds the data', async () => {
    const base = policy();
    const blocking = { ...base, sensitive: { ...base.sensitive, pii: { ...base.sensitive.pii, idCard: { enabled: true, action: 'block' as const } } } };
    const { flow, dialogs, logs, advance } = harness({ answer: 'masked', known: blocking, current: () => blocking });
    const a = editorAttempt(PII);
    flow.handle(a);
    await advance(100);
    expect(dialogs.offered).toEqual([MASKED]);
    expect(a.state.sentTexts).toEqual([MASKED]);
    expect(decisions(logs)).toEqual(['masked-sent']);
  });

  it('logs replay-failed, not masked-sent, when the page did not send the masked text', async () => {
    const { flow, dialogs, logs, advance } = harness({ answer: 'masked' });
    const a = editorAttempt(PII, { takes: false });
    flow.handle(a);
    await advance(REPLAY_CONFIRM_MS + 100);
    expect(a.state.editor).toBe(MASKED);
    expect(entries(logs)).toEqual([expect.objectContaining({ decision: 'replay-failed', masked: 2 })]);
    expect(dialogs.notSentShown).toBe(1);
  });

  it('sends nothing and tells staff when the editor does not take the masked text', async () => {
    const { flow, dialogs, logs, advance } = harness({ answer: 'masked' });
    const a = editorAttempt(PII, { rewriteWorks: false });
    flow.handle(a);
    await advance(REPLAY_CONFIRM_MS + 100);
    expect(a.state.replays).toBe(0);
    expect(decisions(logs)).toEqual(['mask-failed']);
    expect(dialogs.maskFailedShown).toBe(1);
  });

  it('asks again about the masked text when another finding remains, and sends nothing on 取消', async () => {
    const withTerm = { ...policy(), sensitive: { ...policy().sensitive, terms: [{ term: '内部价', category: 'company', action: 'warn' as const }] } };
    const { flow, dialogs, logs, advance } = harness({ answer: ['masked', 'cancelled'], known: withTerm, current: () => withTerm });
    const a = editorAttempt(`${PII}，内部价`);
    flow.handle(a);
    await advance(100);
    expect(dialogs.offered).toEqual([`${MASKED}，内部价`, null]); // the second dialog is about the masked text
    expect(a.state.editor).toBe(`${MASKED}，内部价`);
    expect(a.state.replays).toBe(0);
    expect(decisions(logs)).toEqual(['masked', 'cancelled']);
  });

  it('logs cancelled and leaves the editor as it was on 取消', async () => {
    const { flow, logs, advance } = harness({ answer: 'cancelled' });
    const a = editorAttempt(PII);
    flow.handle(a);
    await advance(100);
    expect(a.state.editor).toBe(PII);
    expect(a.state.replays).toBe(0);
    expect(decisions(logs)).toEqual(['cancelled']);
  });
});
