import { describe, expect, it } from 'vitest';
import { compileLinear, isLinearRegex, type LinearRegex } from '@/utils/core/linear-regex';

function compiled(source: string, flags = ''): LinearRegex {
  const re = compileLinear(source, flags);
  if (!isLinearRegex(re)) throw new Error(`${source} did not compile: ${JSON.stringify(re)}`);
  return re;
}

/** Every string over `alphabet` up to `maxLength` characters (the browser's engine is quick on inputs this short). */
function allStrings(alphabet: string[], maxLength: number): string[] {
  let level = [''];
  const out = [''];
  for (let n = 1; n <= maxLength; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...level);
  }
  return out;
}

describe('the linear matcher answers like the browser on short inputs', () => {
  const ab = allStrings(['a', 'b', '!', ' '], 6);
  it.each([
    '(a|a)+$',
    '(a+)+$',
    '(.*a){3}',
    '(\\w+\\s?)*$',
    '^a*b?$',
    '^(ab|a)*b$',
    'a{2,3}',
    '^a{2,}!',
    '^(?:a|b){0,2}$',
    '\\ba',
    'a\\B',
    '\\b',
    '^$',
    '',
    'a|',
    '[^a ]',
    '[]',
    '[^]',
    '(?<x>a)b',
    'a+?b',
    '^[\\w!]{1,3}$',
    '(a*)*b',
    '(|a)+!',
  ])('%s', (source) => {
    const re = compiled(source);
    const native = new RegExp(source, 'u');
    for (const input of ab) expect([input, re.test(input)]).toEqual([input, native.test(input)]);
  });

  it.each([
    ['^\\p{Script=Han}{2,4}$', ['张三', '欧阳娜娜', '张', '张三丰李四五', 'Zhang', '张3']],
    ['^(销售|市场)部-\\p{Script=Han}{2,4}$', ['销售部-张三', '市场部-李四四', '技术部-张三', '销售部张三', '销售部-张三丰李四王']],
    ['^[A-Z]{2}\\d{3}-.+$', ['AB123-x', 'ab123-x', 'AB12-x', 'AB123-', 'AB123-张']],
    ['^华南.*部$', ['华南销售部', '华南部', '华北销售部', '华南销售部群']],
    ['😀+', ['a😀', 'abc', '😀😀']],
    ['^\\uD83D\\uDE00$', ['😀', 'a']],
    ['^.$', ['😀', 'ab', '\n', '张']],
    ['客户|Client', ['VIP客户群', 'Client A', 'client', '内部']],
    ['^\\u{1F600}\\x41\\n?$', ['😀A', '😀A\n', '😀B']],
  ])('%s', (source, inputs) => {
    const re = compiled(source);
    const native = new RegExp(source, 'u');
    for (const input of inputs) expect([input, re.test(input)]).toEqual([input, native.test(input)]);
  });

  it('folds case like the browser when asked to ignore case', () => {
    const re = compiled('^client-[a-z]+$', 'i');
    expect(['Client-ABC', 'CLIENT-abc', 'client-', 'Kunde-abc'].map((s) => re.test(s))).toEqual([true, true, false, false]);
    expect(compiled('^client$').test('Client')).toBe(false);
  });
});

describe('patterns that hang a backtracking engine match correctly on 10,000 characters', () => {
  const a = 'a'.repeat(10_000);
  it.each([
    ['(a|a)+$', a, true],
    ['(a|a)+$', `${'a'.repeat(9_999)}!`, false],
    ['(a+)+$', `${'a'.repeat(9_999)}!`, false],
    ['(a+)+$', `!${'a'.repeat(9_999)}`, true],
    ['(.*a){20}', `${'a'.repeat(19)}${'b'.repeat(9_981)}`, false],
    ['(.*a){20}', `${'b'.repeat(9_980)}${'a'.repeat(20)}`, true],
    ['(\\w+\\s?)*$', `${'word '.repeat(1_999)}word!`, true], // the empty match at the very end counts, as in the browser
    ['^(\\w+\\s?)*$', `${'word '.repeat(1_999)}word!`, false],
    ['^(\\w+\\s?)*$', `${'word '.repeat(1_999)}word`, true],
  ])('%s', (source, input, expected) => {
    expect(compiled(source).test(input)).toBe(expected);
  });
});

describe('what a linear engine cannot run is refused with the part that was written', () => {
  it.each([
    ['(a)\\1', '\\1'],
    ['(?<x>a)\\k<x>', '\\k'],
    ['(?<=x)y', '(?<='],
    ['(?<!x)y', '(?<!'],
    ['x(?=y)', '(?='],
    ['x(?!y)', '(?!'],
  ])('%s', (source, snippet) => {
    expect(compileLinear(source)).toEqual({ kind: 'unsupported', snippet });
  });
  it('refuses a syntax error', () => {
    expect(compileLinear('(a')).toEqual({ kind: 'syntax' });
    expect(compileLinear('[')).toEqual({ kind: 'syntax' });
  });
  it('refuses a repetition that would expand beyond the program bound', () => {
    expect(compileLinear('((a{100}){100}){100}')).toEqual({ kind: 'tooComplex' });
    expect(isLinearRegex(compileLinear('(.*a){20}'))).toBe(true);
  });
});
