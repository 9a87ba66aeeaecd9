import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { defaultSensitivePolicy, type SensitivePolicy, type SensitiveTerm } from '@/utils/core/detector/model';
import { findPii, isValidResidentId, isValidUscc, luhnValid } from '@/utils/core/detector/pii';
import { runDifferential } from '../../support/detector-differential';

const policy = (terms: SensitiveTerm[], patch: Partial<SensitivePolicy> = {}): SensitivePolicy => ({
  ...defaultSensitivePolicy(),
  presets: [],
  terms,
  pii: { idCard: { enabled: false, action: 'warn' }, mobile: { enabled: false, action: 'warn' }, bankCard: { enabled: false, action: 'warn' }, uscc: { enabled: false, action: 'warn' }, email: { enabled: false, action: 'warn' } },
  ...patch,
});
const TERMS: SensitiveTerm[] = [
  { term: '客户名单', category: 'business', action: 'warn' },
  { term: 'VIP报价', category: 'business', action: 'block' },
  { term: '底价', category: 'business', action: 'warn', collapseRepeats: true },
  { term: '3号方案', category: 'business', action: 'warn' },
];
const detector = compileDetector(policy(TERMS));
const spans = (text: string) => detector.detect(text).map((h) => [text.slice(h.start, h.end), h.rule, h.action]);

describe('the detector finds terms through every evasion class', () => {
  it.each([
    ['exact', '请把客户名单发我', '客户名单'],
    ['full width', '请看ＶＩＰ报价', 'ＶＩＰ报价'],
    ['case', '这是vip报价单', 'vip报价'],
    ['traditional', '請把客戶名單發我', '客戶名單'],
    ['spaces', '客 户 名 单', '客 户 名 单'],
    ['ideographic space U+3000', '客\u3000户名单', '客\u3000户名单'],
    ['NBSP', '客户\u00a0名单', '客户\u00a0名单'],
    ['zero-width', '客\u200b户\u200c名\u200d单\ufeff', '客\u200b户\u200c名\u200d单'],
    ['ASCII punctuation', '客@户*名.单_x', '客@户*名.单'],
    ['dashes', '客-户-名-单', '客-户-名-单'],
    ['CJK punctuation', '客，户。名、单', '客，户。名、单'],
    ['line breaks', '客户\n名\r\n单', '客户\n名\r\n单'],
    ['digit style ①', '用①号方案不行，③号方案', '③号方案'],
    ['Han numerals inside a number', '二三号方案', '三号方案'],
    ['financial numerals inside a number', '贰叁号方案', '叁号方案'],
    ['digit style full width', '３号方案', '３号方案'],
    ['repeat collapsing on a term that allows it', '底底底价是多少', '底底底价'],
    ['combined', 'Ｖ.i.P 報 價', 'Ｖ.i.P 報 價'],
  ])('%s', (_label, text, matched) => {
    expect(spans(text).map((s) => s[0])).toContain(matched);
  });

  it('reports positions in the original text, with the rule, category and action', () => {
    expect(detector.detect('ok ＶＩＰ 报价!')).toEqual([{ start: 3, end: 9, rule: 'term:business:VIP报价', category: 'business', action: 'block' }]);
  });

  it('does not collapse repeats for a term that does not allow it', () => {
    expect(spans('客客户名单')).toEqual([['客户名单', 'term:business:客户名单', 'warn']]);
    expect(spans('客户户名单')).toEqual([]);
  });

  it('finds nothing in clean text', () => {
    expect(detector.detect('明天下午三点开会，记得带电脑')).toEqual([]);
  });

  it('suppresses a hit inside an allowed phrase only', () => {
    const d = compileDetector(policy([{ term: '合同', category: 'business', action: 'warn' }], { allow: ['合同工'] }));
    expect(d.detect('他是合同工').length).toBe(0);
    expect(d.detect('他是合同工，合同下周签').map((h) => h.start)).toEqual([6]);
  });

  it('uses the presets the policy selects', () => {
    const d = compileDetector({ ...defaultSensitivePolicy(), presets: ['gambling'] });
    expect(d.detect('周末去澳门赌场').map((h) => h.category)).toEqual(['gambling']);
    expect(d.detect('报价单')).toEqual([]);
  });

  it('finds nothing when the section is disabled', () => {
    expect(compileDetector({ ...defaultSensitivePolicy(), enabled: false }).detect('赌场 报价 110101199003074477')).toEqual([]);
  });
});

describe('PII validators', () => {
  const all = { idCard: true, mobile: true, bankCard: true, uscc: true, email: true };
  const found = (text: string) => findPii(text, all).map((h) => [h.type, text.slice(h.start, h.end)]);

  it.each([
    ['110101199003074477', true],
    ['11010119900307447X', false],
    ['110101199002304471', false], // 30 February
    ['110101189912314478', false], // before 1900
    ['11010519491231002X', true],
  ])('resident ID %s valid = %s', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid);
  });

  it('finds IDs glued to Han text, with separators and full-width digits', () => {
    expect(found('身份证110101199003074477谢谢')).toEqual([['idCard', '110101199003074477']]);
    expect(found('号码 110101 19900307 4477')).toEqual([['idCard', '110101 19900307 4477']]);
    expect(found('１１０１０１１９９００３０７４４７７')).toEqual([['idCard', '１１０１０１１９９００３０７４４７７']]);
    expect(found('订单号110101199003074478')).toEqual([]); // wrong check digit
  });

  it('finds mainland mobiles with +86, spaces and dashes, and not other 11-digit numbers', () => {
    expect(found('手机13812345678联系')).toEqual([['mobile', '13812345678']]);
    expect(found('+86 138-1234-5678')).toEqual([['mobile', '+86 138-1234-5678']]);
    expect(found('电话 12812345678')).toEqual([]);
    expect(found('138123456789')).toEqual([]); // 12 digits
  });

  it('finds Luhn-valid bank cards only with context words', () => {
    expect(luhnValid('6222020200112345678')).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(found('卡号 4111 1111 1111 1111')).toEqual([['bankCard', '4111 1111 1111 1111']]);
    expect(found('时间戳 4111111111111111')).toEqual([]);
    expect(found('卡号 4111111111111112')).toEqual([]);
  });

  it('validates the 统一社会信用代码 check character', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(found('公司代码91350100M000100Y43。')).toEqual([['uscc', '91350100M000100Y43']]);
  });

  it('finds e-mail addresses glued to Han text', () => {
    expect(found('发到zhang.san@example.com谢谢')).toEqual([['email', 'zhang.san@example.com']]);
  });

  it('uses the action set for each PII type', () => {
    const d = compileDetector({ ...defaultSensitivePolicy(), presets: [], pii: { ...defaultSensitivePolicy().pii, idCard: { enabled: true, action: 'block' } } });
    expect(d.detect('110101199003074477')).toMatchObject([{ rule: 'pii:idCard', action: 'block' }]);
  });
});

describe('the automaton against a naive matcher', () => {
  it('agrees on 100,000 random cases, overlapping terms included, in normalised and original positions', { timeout: 60_000 }, () => {
    const { mismatches, matches } = runDifferential(100_000, 20261123);
    expect(matches).toBeGreaterThan(50_000); // the cases really exercise matching
    expect(mismatches).toBe(0);
  });
});
