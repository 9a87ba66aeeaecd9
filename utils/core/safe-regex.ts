/**
 * Admin-written regular expressions run on every name in the page, so they must not hang it. We use the
 * browser's own engine with static bounds instead of a second engine:
 * - at most 200 characters;
 * - no back-references (\1, \k<x>) and no lookbehind;
 * - no nested quantifiers: a quantified group may not itself contain a quantifier ((a+)+, (a|b*)*, (x{2,})+);
 * - inputs are capped at 64 characters by the callers (names), which bounds any remaining polynomial blow-up.
 * Returns a reason in Chinese, or null when the pattern is acceptable.
 */
export const MAX_PATTERN_LENGTH = 200;

export function regexProblem(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) return `正则过长（最多 ${MAX_PATTERN_LENGTH} 个字符）`;
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `正则语法错误：${error instanceof Error ? error.message : String(error)}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return '不允许反向引用（\\1、\\k<…>）';
  if (/\(\?<[=!]/.test(source)) return '不允许后行断言（(?<=…)、(?<!…)）';
  // Walk the pattern, tracking for each open group whether it contains a quantifier.
  const stack: boolean[] = [];
  let inClass = false;
  let lastGroupHadQuantifier = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      lastGroupHadQuantifier = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupHadQuantifier = false;
    } else if (c === '(') {
      stack.push(false);
    } else if (c === ')') {
      lastGroupHadQuantifier = stack.pop() ?? false;
      if (lastGroupHadQuantifier && stack.length) stack[stack.length - 1] = true;
      continue;
    } else if (c === '*' || c === '+' || c === '{' || (c === '?' && source[i - 1] !== '(')) {
      const repeats = c !== '?'; // '?' repeats at most once: harmless
      if (repeats && lastGroupHadQuantifier) return '不允许嵌套量词（如 (a+)+），这类正则可能让页面卡死';
      if (stack.length && repeats) stack[stack.length - 1] = true;
      if (c === '{') i = source.indexOf('}', i) < 0 ? i : source.indexOf('}', i);
    }
    lastGroupHadQuantifier = false;
  }
  return null;
}

/** Compile a pattern that passed regexProblem(); null when it did not. */
export function compileSafe(source: string, flags = 'u'): RegExp | null {
  return regexProblem(source) ? null : new RegExp(source, flags);
}
