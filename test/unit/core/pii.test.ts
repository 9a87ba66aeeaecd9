import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { defaultSensitivePolicy } from '@/utils/core/detector/model';
import { classifyIdShaped, digitView, findPii, isValidResidentId, isValidUscc } from '@/utils/core/detector/pii';
import { xorshift } from '../../support/detector-differential';

const all = { idCard: true, mobile: true, bankCard: true, uscc: true, email: true };
const found = (text: string) => findPii(text, all).map((h) => [h.type, text.slice(h.start, h.end)]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const withIdCheck = (body: string) => body + '10X98765432'[[...body].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) % 11];
const VALID_ID = '11010519880312041X'; // the ID of the issue, valid
const BOTH_VALID = '110105198803120559'; // a valid resident ID that also passes the USCC check
const USCC_ONLY = '110105198803120041'; // fails the ID check, passes the USCC check

describe('PII numbers written with any separators or invisible characters between their groups', () => {
  it('checks the fixtures themselves', () => {
    expect([isValidResidentId(VALID_ID), isValidResidentId(BOTH_VALID), isValidUscc(BOTH_VALID), isValidResidentId(USCC_ONLY), isValidUscc(USCC_ONLY)]).toEqual([true, true, true, false, true]);
  });

  it.each([
    ['dots', '110105.19880312.041X'],
    ['dashes', '110105-19880312-041X'],
    ['runs of spaces', '110105   19880312  041X'],
    ['an ideographic space and a middle dot', '110105\u300019880312·041X'],
    ['U+200B between the groups', '110105\u200b19880312\u200b041X'],
    ['U+200E and U+FE0F between the groups', '110105\u200e19880312\ufe0f041X'],
    ['an invisible character between every digit', [...'11010519880312041X'].join('\u2060')],
    ['an astral tag character between the groups', '110105\u{E0020}19880312\u{E0020}041X'],
    ['full-width digits and dots', '１１０１０５．１９８８０３１２．０４１Ｘ'],
  ])('finds a resident ID with %s, with the hit over the original text', (_label, id) => {
    expect(found(`身份证 ${id} 谢谢`)).toEqual([['idCard', id]]);
  });

  it('does not join a number across a line break', () => {
    expect(found('110105\n19880312\n041X')).toEqual([]);
  });

  it('finds a mobile number written in financial numerals, with or without spaces', () => {
    expect(found('壹叁捌零零壹叁捌零零零')).toEqual([['mobile', '壹叁捌零零壹叁捌零零零']]);
    expect(found('电话：壹叁捌 零零壹叁 捌零零零')).toEqual([['mobile', '壹叁捌 零零壹叁 捌零零零']]);
    expect(found('幺三八.〇〇幺三.八〇〇〇')).toEqual([['mobile', '幺三八.〇〇幺三.八〇〇〇']]);
    expect(found('138\u200b0013\u200b8000')).toEqual([['mobile', '138\u200b0013\u200b8000']]);
  });

  it('leaves lone numerals in words alone in the digit view', () => {
    expect(digitView('一起去大陆').text).toBe('一起去大陆');
    expect(digitView('壹叁捌').text).toBe('138');
  });

  it('finds bank cards with any separators between the digits, with context', () => {
    expect(found('卡号 4111.1111.1111.1111')).toEqual([['bankCard', '4111.1111.1111.1111']]);
    expect(found('卡号 4111\u200b1111\u200b1111\u200b1111')).toEqual([['bankCard', '4111\u200b1111\u200b1111\u200b1111']]);
  });

  it('returns original positions from detect() for a number with invisible characters', () => {
    const d = compileDetector({ ...defaultSensitivePolicy(), presets: [] });
    const text = '号码\u202e110105\u200b19880312\u200b041X。';
    expect(d.detect(text)).toEqual([{ start: 3, end: text.length - 1, rule: 'pii:idCard', category: 'pii:idCard', action: 'warn' }]);
  });
});

describe('an ID-shaped number is reported as the type the words around it name', () => {
  it.each([
    ['a valid ID that is also a valid USCC, no keyword', BOTH_VALID, 'idCard'],
    ['the same number after 身份证号', `身份证号：${BOTH_VALID}`, 'idCard'],
    ['the same number after 统一社会信用代码', `统一社会信用代码：${BOTH_VALID}`, 'uscc'],
    ['the same number with both keywords, 信用代码 nearer', `身份证和营业执照都发了，信用代码 ${BOTH_VALID}`, 'uscc'],
    ['the same number with both keywords, 身份证 nearer', `信用代码发了，法人身份证 ${BOTH_VALID}`, 'idCard'],
    ['an invalid ID that passes the USCC check, no keyword', USCC_ONLY, null],
    ['the same after 身份证', `身份证 ${USCC_ONLY}`, null],
    ['the same after 税号', `税号 ${USCC_ONLY}`, 'uscc'],
    ['a USCC with letters needs no keyword', '91350100M000100Y43', 'uscc'],
  ])('%s', (_label, text, type) => {
    const hits = findPii(text, all);
    expect(hits.map((h) => h.type)).toEqual(type ? [type] : []);
  });

  it('reports no invalid resident ID as a USCC without a USCC keyword (10,000 random IDs with a wrong check character)', () => {
    const r = xorshift(13);
    let asUscc = 0;
    let usccValid = 0;
    for (let n = 0; n < 10_000; n++) {
      const body = `${110000 + r(600000)}${1950 + r(70)}${String(1 + r(12)).padStart(2, '0')}${String(1 + r(28)).padStart(2, '0')}${String(r(1000)).padStart(3, '0')}`;
      const good = withIdCheck(body);
      const bad = body + '0123456789X'.replace(good[17]!, '')[r(10)]!;
      if (isValidUscc(bad)) usccValid++;
      if (findPii(`发你 ${bad} 看看`, all).some((h) => h.type === 'uscc')) asUscc++;
    }
    expect(usccValid).toBeGreaterThan(100); // about 1 in 31 pass the USCC check: the case is exercised
    expect(asUscc).toBe(0);
  });

  it('classifies by checksums first and context second', () => {
    expect(classifyIdShaped(BOTH_VALID, null)).toBe('idCard');
    expect(classifyIdShaped(BOTH_VALID, 'uscc')).toBe('uscc');
    expect(classifyIdShaped(VALID_ID, 'uscc')).toBe('idCard');
    expect(classifyIdShaped(USCC_ONLY, 'idCard')).toBe(null);
    expect(classifyIdShaped(USCC_ONLY, 'uscc')).toBe('uscc');
  });
});
