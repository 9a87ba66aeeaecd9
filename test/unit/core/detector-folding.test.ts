import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { defaultSensitivePolicy, type SensitivePolicy, type SensitiveTerm } from '@/utils/core/detector/model';
import { normaliseTerm } from '@/utils/core/detector/normalize';

const NO_PII = { idCard: { enabled: false, action: 'warn' }, mobile: { enabled: false, action: 'warn' }, bankCard: { enabled: false, action: 'warn' }, uscc: { enabled: false, action: 'warn' }, email: { enabled: false, action: 'warn' } } as const;
const policy = (terms: SensitiveTerm[], patch: Partial<SensitivePolicy> = {}): SensitivePolicy => ({ ...defaultSensitivePolicy(), presets: [], terms, pii: NO_PII, ...patch });
const warn = (term: string): SensitiveTerm => ({ term, category: 'business', action: 'warn' });
const matched = (terms: string[], text: string) =>
  compileDetector(policy(terms.map(warn)))
    .detect(text)
    .map((h) => [text.slice(h.start, h.end), h.rule]);

describe('Han numerals fold to digits only inside a number-like run', () => {
  it.each([
    ['大陆', '大六', []],
    ['大陆', '去大陆出差', [['大陆', 'term:business:大陆']]],
    ['大陆', '去大陸出差', [['大陸', 'term:business:大陆']]],
    ['队伍', '队五集合', []],
    ['队伍', '带好队伍', [['队伍', 'term:business:队伍']]],
    ['零售', '零售价', [['零售', 'term:business:零售']]],
    ['零售', '〇售', []],
    ['参考价', '參考價給你', [['參考價', 'term:business:参考价']]],
    ['参加', '我參加', [['參加', 'term:business:参加']]],
    ['参考', '參考一下', [['參考', 'term:business:参考']]],
  ] as const)('term %s in %s', (term, text, want) => {
    expect(matched([term], text)).toEqual(want);
  });

  it('keeps a lone numeral as its character, so 三号方案 is not 3号方案', () => {
    expect(normaliseTerm('三号方案')).toBe('三号方案');
    expect(matched(['3号方案'], '三号方案')).toEqual([]);
    expect(matched(['3号方案'], '二三号方案')).toEqual([['三号方案', 'term:business:3号方案']]);
  });

  it('folds every numeral style in a run: 一一〇, 壹壹零, 幺幺零 and ①①０ are all 110', () => {
    expect(normaliseTerm('一一〇')).toBe('110');
    for (const text of ['一一〇号', '壹壹零号', '幺幺零号', '①①０号', '11零号']) expect(matched(['110号'], text).map((m) => m[1])).toEqual(['term:business:110号']);
  });

  it('folds 參 to 3 inside a number and 拾 to 十, so 叁拾万 and 三十万 are the same', () => {
    expect(normaliseTerm('壹參捌')).toBe('138');
    expect(normaliseTerm('叁拾万')).toBe(normaliseTerm('三十万'));
    expect(normaliseTerm('拾取')).toBe('拾取');
  });

  it('still finds a term whose last character is a numeral when a number follows it in the text', () => {
    expect(matched(['大陆'], '大陆1号仓库')).toEqual([['大陆', 'term:business:大陆']]);
    expect(matched(['大陆'], '大陆一号仓库')).toEqual([['大陆', 'term:business:大陆']]);
    // ... but an ASCII 6 with no number after it is not 陆
    expect(matched(['大陆'], '大6')).toEqual([]);
  });

  it('finds the built-in terms that start with a numeral (一夜情, 六合彩) in any writing', () => {
    const d = compileDetector({ ...defaultSensitivePolicy(), presets: ['porn', 'gambling'], pii: NO_PII });
    expect(d.detect('一夜情').map((h) => h.rule)).toEqual(['term:porn:一夜情']);
    expect(d.detect('买六合彩').map((h) => h.rule)).toEqual(['term:gambling:六合彩']);
    expect(d.detect('买陆合彩')).toEqual([]);
  });
});

describe('invisible characters between a term’s characters are noise', () => {
  const INVISIBLE: Array<[string, string]> = [
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+202E right-to-left override', '\u202e'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+2060 word joiner', '\u2060'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+034F combining grapheme joiner', '\u034f'],
    ['U+FE0F variation selector 16', '\ufe0f'],
    ['U+FE00 variation selector 1', '\ufe00'],
    ['U+E0100 variation selector 17 (astral)', '\u{E0100}'],
    ['U+E0041 tag letter A (astral)', '\u{E0041}'],
    ['U+3164 Hangul filler', '\u3164'],
    ['U+115F Hangul choseong filler', '\u115f'],
    ['U+FFA0 half-width Hangul filler', '\uffa0'],
    ['U+180E Mongolian vowel separator', '\u180e'],
    ['U+061C Arabic letter mark', '\u061c'],
    ['U+200B zero-width space', '\u200b'],
  ];

  it.each(INVISIBLE)('%s inside 底价表 gives a hit over the original text', (_name, ch) => {
    const text = `看底${ch}价${ch}表`;
    expect(compileDetector(policy([warn('底价表')])).detect(text)).toEqual([{ start: 1, end: text.length, rule: 'term:business:底价表', category: 'business', action: 'warn' }]);
  });

  it.each(INVISIBLE)('%s inside 赌博 still hits the block preset', (_name, ch) => {
    const hits = compileDetector({ ...defaultSensitivePolicy(), presets: ['gambling'], pii: NO_PII }).detect(`一起赌${ch}博吗`);
    expect(hits.map((h) => [h.start, h.rule, h.action])).toEqual([[2, 'term:gambling:赌博', 'block']]);
  });

  it('does not treat an ordinary astral character (an emoji) as noise', () => {
    expect(matched(['赌博'], '赌😀博')).toEqual([]);
    expect(matched(['😀'], 'ok😀')).toEqual([['😀', 'term:business:😀']]);
  });
});
