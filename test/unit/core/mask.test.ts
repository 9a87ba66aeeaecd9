import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { defaultSensitivePolicy } from '@/utils/core/detector/model';
import { maskPersonalData } from '@/utils/core/mask';

const policy = defaultSensitivePolicy();
policy.pii.email.enabled = true;
const detector = compileDetector(policy);
const mask = (text: string) => maskPersonalData(text, detector.detect(text));

describe('masking personal data for 脱敏后发送', () => {
  it.each([
    ['身份证 110105199003072215 请核对', '身份证 110105********2215 请核对', 1],
    ['身份证110105 19900307 2215', '身份证110105 ******** 2215', 1],
    ['电话13812341234', '电话138****1234', 1],
    ['电话 138-1234-1234', '电话 138-****-1234', 1],
    ['电话 +86 13812341234', '电话 +86 138****1234', 1],
    ['电话１３８１２３４１２３４', '电话１３８****１２３４', 1],
    ['银行卡号 6222 0212 3456 7890 128', '银行卡号 6222 **** **** ***0 128', 1],
    ['信用代码 91350100M000100Y43', '信用代码 9135**********0Y43', 1],
    ['身份证 11010519491231002x', '身份证 110105********002x', 1],
    ['邮箱 zhang.san@example.com', '邮箱 z********@example.com', 1],
    ['张三 13812341234，李四 13987654321', '张三 138****1234，李四 139****4321', 2],
  ])('%s → %s', (input, expected, count) => {
    const { text, masked } = mask(input);
    expect(text).toBe(expected);
    expect(masked).toBe(count);
    expect(text.length).toBe(input.length);
  });

  it('leaves dictionary terms and clean text unchanged', () => {
    expect(mask('报价单今天发您')).toEqual({ text: '报价单今天发您', masked: 0 });
  });
});
