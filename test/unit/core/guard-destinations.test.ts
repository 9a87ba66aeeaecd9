import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { detectorPolicy, PRESETS } from '@/utils/core/detector/presets';
import { forwardDestination, sendDestination } from '@/utils/core/destination';
import { evaluateOutgoing, type OutgoingAction } from '@/utils/core/guard';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';

const NOON = Date.parse('2026-12-02T12:00:00+08:00'); // a Wednesday, working day, outside quiet hours
const policyOf = (): Policy => ({ ...defaultPolicy(), groups: { internal: ['销售部', '内部'], customer: ['客户'], external: ['外部', '供应商'], ignored: ['文件传输助手'] } });
const judge = (action: Partial<OutgoingAction>, policy = policyOf()) =>
  evaluateOutgoing({ kind: 'send', chat: { name: '客户-刘总', kind: 'direct' }, text: '', fileNames: [], ...action }, policy, compileDetector(detectorPolicy(policy.sensitive)), NOON);

const ID = '110105199003072215';

describe('where a message goes, relative to where it comes from', () => {
  it.each([
    [{ name: '客户-刘总', chatClass: 'customer' }, 'own-customer'],
    [{ name: '销售部协作群', chatClass: 'internal' }, 'internal'],
    [{ name: '外部合作群', chatClass: 'external' }, 'external'],
    [{ name: '王五', chatClass: 'unknown' }, 'unknown'],
    [{ name: '文件传输助手', chatClass: 'ignored' }, 'unknown'],
  ] as const)('a send in %o goes to %s', (chat, expected) => {
    expect(sendDestination(chat)).toBe(expected);
  });

  it.each([
    ['客户-刘总', 'customer', '客户-刘总', 'customer', 'own-customer'],
    ['客户-刘总', 'customer', '客户-华东贸易对接群', 'customer', 'other-customer'],
    ['销售部协作群', 'internal', '客户-刘总', 'customer', 'other-customer'],
    ['客户-刘总', 'customer', '销售部协作群', 'internal', 'internal'],
    ['销售部协作群', 'internal', '外部合作群', 'external', 'external'],
  ] as const)('a forward from %s (%s) to %s (%s) goes to %s', (from, fromClass, to, toClass, expected) => {
    expect(forwardDestination({ name: from, chatClass: fromClass }, { name: to, chatClass: toClass })).toBe(expected);
  });
});

describe('business terms are judged by destination', () => {
  it.each<[string, Partial<OutgoingAction>, string | null]>([
    ['a contract note to the customer 1:1', { text: '刘总您好，合同今天下午寄出' }, null],
    ['a quote in the customer group, link included', { text: '刘总，报价单今天发您，链接 https://pan.example.com/q3', chat: { name: '客户-华东贸易对接群', kind: 'group' } }, null],
    ['a quote among colleagues', { text: '报价单我改好了', chat: { name: '销售部协作群', kind: 'group' } }, null],
    ['the 底价 in an external group', { text: '底价是八折', chat: { name: '外部合作群', kind: 'group' } }, 'send'],
    ['a quote to an unclassified chat', { text: '报价单发你了', chat: { name: '王五', kind: 'direct' } }, 'send'],
    ['a customer list forwarded to another customer', { kind: 'forward', text: '客户名单.xlsx', chat: { name: '客户-刘总', kind: 'direct' }, destinations: ['客户-华东贸易对接群'] }, 'forward'],
    ['底价 forwarded from an internal group to an external group', { kind: 'forward', text: '这单底价8.5折', chat: { name: '销售部协作群', kind: 'group' }, destinations: ['外部合作群'] }, 'forward'],
    ['a quote forwarded from colleagues to a customer', { kind: 'forward', text: '报价单v3', chat: { name: '销售部协作群', kind: 'group' }, destinations: ['客户-刘总'] }, 'forward'],
    ['a contract forwarded from a customer to colleagues', { kind: 'forward', text: '合同扫描件', chat: { name: '客户-刘总', kind: 'direct' }, destinations: ['销售部协作群'] }, null],
    ['an ID number to the customer', { text: `身份证 ${ID}` }, 'send'],
    ['an ID number to an outside group', { text: `身份证 ${ID}`, chat: { name: '外部合作群', kind: 'group' } }, 'send'],
    ['an ID number forwarded to an external group', { kind: 'forward', text: ID, chat: { name: '销售部协作群', kind: 'group' }, destinations: ['外部合作群'] }, 'forward'],
    ['a block preset term anywhere', { text: '周末去赌场' }, 'send'],
  ])('%s → dialog %s', (_, action, dialog) => {
    expect(judge(action).dialog).toBe(dialog);
  });

  it('names the content and the destination class of a forward to another customer', () => {
    const v = judge({ kind: 'forward', text: '客户名单.xlsx', destinations: ['客户-华东贸易对接群', '销售部协作群'] });
    expect(v.findings.map((f) => f.rule)).toEqual(['term:business:客户名单', 'forward:customer']);
    expect(v.hits.map((h) => h.rule)).toEqual(['term:business:客户名单']);
  });

  it('highlights nothing when nothing warns', () => {
    expect(judge({ text: '合同今天寄出' }).hits).toEqual([]);
  });
});

describe('the admin edits preset terms', () => {
  it('a term removed from the preset no longer warns, even with the built-in detector', () => {
    const p = policyOf();
    p.sensitive.presetTerms = { business: PRESETS.business!.filter((t) => t.term !== '底价') };
    const action = { text: '底价是八折', chat: { name: '外部合作群', kind: 'group' as const } };
    expect(judge(action).dialog).toBe('send');
    expect(evaluateOutgoing({ kind: 'send', fileNames: [], ...action }, p, compileDetector(p.sensitive), NOON).dialog).toBeNull();
    expect(judge(action, p).dialog).toBeNull();
  });

  it('a term given new destinations warns where the admin says', () => {
    const p = policyOf();
    p.sensitive.presetTerms = { business: PRESETS.business!.map((t) => (t.term === '底价' ? { ...t, destinations: ['own-customer', 'other-customer', 'external', 'unknown'] } : t)) };
    expect(judge({ text: '底价是八折' }, p).dialog).toBe('send');
    expect(judge({ text: '合同今天寄出' }, p).dialog).toBeNull();
  });

  it('a term switched to block blocks', () => {
    const p = policyOf();
    p.sensitive.presetTerms = { business: PRESETS.business!.map((t) => (t.term === '客户名单' ? { ...t, action: 'block' } : t)) };
    expect(judge({ text: '客户名单', chat: { name: '外部合作群', kind: 'group' } }, p)).toMatchObject({ dialog: 'send', blocked: true });
  });

  it('a term added to the preset is found once the detector is compiled from detectorPolicy', () => {
    const p = policyOf();
    p.sensitive.presetTerms = { business: [...PRESETS.business!, { term: '项目预算', category: 'business', action: 'warn', destinations: ['external'] }] };
    expect(judge({ text: '项目预算三百万', chat: { name: '外部合作群', kind: 'group' } }, p).findings.map((f) => f.rule)).toEqual(['term:business:项目预算']);
  });

  it('personal data with destinations set by the policy passes elsewhere', () => {
    const p = policyOf();
    p.sensitive.pii.mobile.destinations = ['external', 'unknown', 'other-customer'];
    expect(judge({ text: '我的手机 13812341234' }, p).dialog).toBeNull();
    expect(judge({ text: '我的手机 13812341234' }).dialog).toBe('send');
  });

  it('forwarding.<class> = block makes a business term forwarded there a block', () => {
    const p = policyOf();
    p.forwarding.external = 'block';
    expect(judge({ kind: 'forward', text: '底价', chat: { name: '销售部协作群', kind: 'group' }, destinations: ['外部合作群'] }, p)).toMatchObject({ dialog: 'forward', blocked: true });
  });
});
