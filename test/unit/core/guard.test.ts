import { describe, expect, it } from 'vitest';
import { findingText } from '@/utils/i18n/findings';
import { compileDetector } from '@/utils/core/detector/detector';
import { evaluateOutgoing, type OutgoingAction } from '@/utils/core/guard';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';

const NOON = Date.parse('2026-11-23T12:00:00+08:00');
const MIDNIGHT = Date.parse('2026-11-24T00:10:00+08:00');
const base = (): Policy => ({ ...defaultPolicy(), groups: { internal: ['协作群'], customer: ['客户'], external: [], ignored: [] } });
const run = (action: Partial<OutgoingAction>, policy = base(), now = NOON) =>
  evaluateOutgoing({ kind: 'send', chat: { name: '销售协作群', kind: 'group' }, text: '', fileNames: [], ...action }, policy, compileDetector(policy.sensitive), now);

describe('the send guard decision', () => {
  it('lets clean text through without a dialog', () => {
    expect(run({ text: '明天见' })).toMatchObject({ dialog: null, blocked: false, findings: [] });
  });

  it('warns on sensitive text and highlights it', () => {
    const v = run({ text: '这是Q3报价单，别外传', chat: { name: '项目讨论群', kind: 'group' } }); // unclassified: business terms warn
    expect(v).toMatchObject({ dialog: 'send', blocked: false });
    expect(v.findings.map(findingText)).toEqual(['内容含“报价单”（商业机密）']); // 报价 is inside 报价单
    expect(v.hits.map((h) => [h.start, h.end])).toEqual([
      [4, 6],
      [4, 7],
    ]);
  });

  it('blocks on a block rule', () => {
    expect(run({ text: '周末一起去赌场' })).toMatchObject({ dialog: 'send', blocked: true });
  });

  it('checks file names of files being sent', () => {
    expect(run({ kind: 'file', fileNames: ['客户名单.xlsx'], chat: { name: '项目讨论群', kind: 'group' } }).findings.map(findingText)).toEqual(['文件名含“客户名单”（商业机密）']);
  });

  it('warns in quiet hours with a quiet-hours dialog', () => {
    expect(run({ text: '在吗' }, base(), MIDNIGHT)).toMatchObject({ dialog: 'quiet-hours', blocked: false });
  });

  it('does not apply quiet hours to 1:1 chats by default', () => {
    expect(run({ text: '在吗', chat: { name: '李四', kind: 'direct' } }, base(), MIDNIGHT).dialog).toBeNull();
  });

  it('blocks in quiet hours when the policy says block', () => {
    const p = base();
    p.quietHours.action = 'block';
    expect(run({ text: '在吗' }, p, MIDNIGHT)).toMatchObject({ dialog: 'quiet-hours', blocked: true });
  });

  it('warns on long messages, and on links in customer groups when the policy turns that on', () => {
    expect(run({ text: '好'.repeat(201) }).findings.map((f) => f.rule)).toEqual(['etiquette:long']);
    const link = { text: '看 https://x.example/a', chat: { name: '客户交流群', kind: 'group' as const } };
    expect(run(link).dialog).toBeNull(); // off by default: a quote link to the customer's group is the job
    const p = base();
    p.etiquette.linksInCustomerGroups = true;
    expect(run(link, p).findings.map((f) => f.rule)).toEqual(['etiquette:link-in-customer-group']);
  });

  it('asks for a reason when the policy requires one', () => {
    expect(run({ text: '报价' }).requireReason).toBe(true);
  });
});

describe('the forward guard decision', () => {
  it('warns when sensitive content goes to a customer chat', () => {
    const v = run({ kind: 'forward', text: 'Q3渠道报价单.pdf', destinations: ['华东客户群'] });
    expect(v).toMatchObject({ dialog: 'forward', destinationClasses: ['customer'] });
    expect(v.findings.at(-1)).toMatchObject({ kind: 'destination', rule: 'forward:customer', detail: { destination: 'customer' } });
    expect(findingText(v.findings.at(-1)!)).toBe('转发到客户聊天');
  });

  it('allows sensitive content to internal chats by default', () => {
    expect(run({ kind: 'forward', text: '报价单', destinations: ['销售协作群'] }).dialog).toBeNull();
  });

  it('lets a clean message go anywhere', () => {
    expect(run({ kind: 'forward', text: '周五聚餐', destinations: ['华东客户群'] }).dialog).toBeNull();
  });

  it('blocks per destination class when the policy says so', () => {
    const p = base();
    p.forwarding.external = 'block';
    p.groups.external = ['外部'];
    expect(run({ kind: 'forward', text: '客户名单', destinations: ['外部合作群', '销售协作群'] }, p)).toMatchObject({ dialog: 'forward', blocked: true });
  });
});
