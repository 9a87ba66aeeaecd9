/**
 * Admin-written regular expressions run on every name in the page, so they must not hang it. We use the
 * browser's own engine with static bounds instead of a second engine:
 * - at most 200 characters;
 * - no back-references (\1, \k<x>) and no lookbehind;
 * - no nested quantifiers: a quantified group may not itself contain a quantifier ((a+)+, (a|b*)*, (x{2,})+);
 * - inputs are capped at 64 characters by the callers (names), which bounds any remaining polynomial blow-up.
 * Returns what is wrong (a code for the UI to word), or null when the pattern is acceptable.
 */
import { message, type CoreMessage } from './message';

export const MAX_PATTERN_LENGTH = 200;

export function regexProblem(source: string): CoreMessage | null {
  if (source.length > MAX_PATTERN_LENGTH) return message('regexTooLong', { max: MAX_PATTERN_LENGTH });
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return message('regexSyntax', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (/\\[1-9]|\\k</.test(source)) return message('backReference');
  if (/\(\?<[=!]/.test(source)) return message('lookBehind');
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
      if (repeats && lastGroupHadQuantifier) return message('nestedQuantifier');
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
