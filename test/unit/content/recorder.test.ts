import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '@/utils/bus/protocol';
import { classifyChat, type ChatClass } from '@/utils/core/classify';
import { chatKey } from '@/utils/core/keys';
import { defaultPolicy } from '@/utils/core/policy/model';
import type { FeatureApi, FeatureHandlers } from '@/utils/content/features/types';
import { MODEL_GRACE_MS, recorder } from '@/utils/content/features/recorder';
import { ModelSession } from '@/utils/content/model-session';
import type { SessionEvent } from '@/utils/content/session';
import type { ModelMessage, ModelUpdate } from '@/utils/site/types';
import { seenMessage } from '../helpers/events';

const NOW = Date.parse('2026-12-02T10:00:00+08:00');

function harness({ hasModel = true } = {}) {
  const stored: StoredEvent[] = [];
  const timers: Array<() => void> = [];
  const tags = new Map<string, ChatClass>();
  const policy = defaultPolicy();
  const api = {
    adapter: { id: 'wechat-web', model: hasModel ? {} : undefined },
    policy: () => policy,
    now: () => NOW,
    store: (e: StoredEvent) => stored.push(e),
    setTimeout: (fn: () => void) => timers.push(fn),
    classify: (chat: { name: string; kind: 'group' | 'direct' }) => classifyChat(chat.name, policy.groups, tags.get(chatKey(chat))),
  } as unknown as FeatureApi;
  const handlers = recorder.start(api) as FeatureHandlers;
  const emit = (event: SessionEvent) => handlers.onEvent!(event);
  const messages = () => stored.filter((e): e is Extract<StoredEvent, { kind: 'message' }> => e.kind === 'message');
  const tag = (chat: { name: string; kind: 'group' | 'direct' }, cls: ChatClass) => {
    tags.set(chatKey(chat), cls);
    handlers.onPolicyChange!(policy);
  };
  return { emit, stored, messages, timers, tag };
}

const modelMessage = (overrides: Partial<ModelMessage> = {}): ModelMessage => ({
  ...seenMessage({ chat: { name: '客户-刘总', kind: 'direct', sessionId: '@9c2e' }, direction: 'in', senderName: '客户-刘总' }),
  time: NOW - 600_000,
  ...overrides,
});
const pageSighting = (msgId: string): SessionEvent => ({
  type: 'message-seen',
  account: '陈经理',
  message: seenMessage({ msgId, chat: { name: '客户-刘总', kind: 'direct' } }),
  element: {} as Element,
  fresh: true,
});

describe('the recorder with the site’s own model', () => {
  it('stores model messages with the app’s send time, and not their sightings on the page', () => {
    const { emit, messages } = harness();
    emit({ type: 'model-state', live: true });
    emit({ type: 'model-messages', account: '陈经理', messages: [modelMessage()] });
    emit(pageSighting(modelMessage().msgId));
    expect(messages().map((e) => [e.message.msgId, e.time, e.timeSource])).toEqual([[modelMessage().msgId, NOW - 600_000, 'app']]);
  });

  it('lets page messages wait for the model, then drops them when the model is live', () => {
    const { emit, messages } = harness();
    emit(pageSighting('4000000000000000001'));
    expect(messages()).toHaveLength(0);
    emit({ type: 'model-state', live: true });
    expect(messages()).toHaveLength(0);
  });

  it.each([
    ['the model says it is unavailable', (h: ReturnType<typeof harness>) => h.emit({ type: 'model-state', live: false })],
    [`nothing is heard from the model for ${MODEL_GRACE_MS / 1000} s`, (h: ReturnType<typeof harness>) => h.timers.forEach((fn) => fn())],
  ])('stores the waiting page messages when %s', (_label, settle) => {
    const h = harness();
    h.emit(pageSighting('4000000000000000001'));
    settle(h);
    expect(h.messages().map((e) => [e.message.msgId, e.timeSource])).toEqual([['4000000000000000001', 'first-seen']]);
  });

  it('stores page messages at once on a site without a model', () => {
    const { emit, messages } = harness({ hasModel: false });
    emit(pageSighting('4000000000000000001'));
    expect(messages()).toHaveLength(1);
  });

  it('marks a recall the model reports and stores the message it recalls', () => {
    const { emit, stored } = harness();
    emit({ type: 'model-messages', account: '陈经理', messages: [modelMessage({ recalled: true, type: 'recall' })] });
    expect(stored.map((e) => e.kind)).toEqual(['message', 'recall']);
  });

  it('records what a chat already held once the staff member tags it 客户, and only then', () => {
    const { emit, messages, tag } = harness();
    const chat = { name: '张三', kind: 'direct' as const, sessionId: '@1111' };
    emit({ type: 'model-messages', account: '陈经理', messages: [modelMessage({ msgId: '1', chat }), modelMessage({ msgId: '2', chat })] });
    expect(messages()).toHaveLength(0);
    tag(chat, 'customer');
    expect(messages().map((e) => e.message.msgId)).toEqual(['1', '2']);
    tag(chat, 'customer');
    expect(messages()).toHaveLength(2);
  });

  it('never records chats that are ignored, not even after a tag elsewhere', () => {
    const { emit, messages, tag } = harness();
    const helper = { name: '文件传输助手', kind: 'direct' as const };
    emit({ type: 'model-messages', account: '陈经理', messages: [modelMessage({ chat: helper })] });
    tag({ name: '张三', kind: 'direct' }, 'customer');
    expect(messages()).toHaveLength(0);
  });
});

describe('the model session', () => {
  const batch = (messages: ModelMessage[], chats: Extract<ModelUpdate, { kind: 'batch' }>['chats'] = []): ModelUpdate => ({ kind: 'batch', messages, chats, resync: false });

  it('holds batches until the account is known, then names the account as the sender of own messages', () => {
    const events: SessionEvent[] = [];
    let account: string | null = null;
    const session = new ModelSession((e) => events.push(e), () => account);
    session.handle(batch([modelMessage({ direction: 'out', senderName: '' })]));
    expect(events.map((e) => e.type)).toEqual(['model-state']);
    account = '陈经理';
    session.accountKnown();
    const delivered = events.find((e) => e.type === 'model-messages');
    expect(delivered?.type === 'model-messages' && delivered.messages[0]!.senderName).toBe('陈经理');
  });

  it('emits a group’s whole member list once, and again when it changes', () => {
    const events: SessionEvent[] = [];
    const session = new ModelSession((e) => events.push(e), () => '陈经理');
    const group = { name: '销售协作群', kind: 'group' as const, sessionId: '@@4a1f', members: [{ name: '销售部-张三', sessionId: '@1' }, { name: '李四', sessionId: '@2' }] };
    session.handle(batch([], [group]));
    session.handle(batch([], [group]));
    session.handle(batch([], [{ ...group, members: [...group.members, { name: '王五', sessionId: '@3' }] }]));
    const lists = events.filter((e) => e.type === 'members-seen');
    expect(lists.map((e) => e.type === 'members-seen' && [e.members.length, e.source, e.chat.memberCount])).toEqual([
      [2, 'model', 2],
      [3, 'model', 3],
    ]);
  });
});
