/**
 * Admin-written regular expressions run on every name in the page, so they must not hang it: they run on the
 * linear-time matcher (linear-regex.ts), never on the browser's backtracking engine. What that matcher cannot
 * run (back-references, lookaround), what does not parse and what is too long or expands too far is refused
 * here, as a code the UI words in plain language.
 */
import { compileLinear, isLinearRegex, type LinearRegex } from './linear-regex';
import { message, type CoreMessage } from './message';

export const MAX_PATTERN_LENGTH = 200;

type Checked = { ok: true; regex: LinearRegex } | { ok: false; problem: CoreMessage };

function check(source: string, flags: string): Checked {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, problem: message('regexTooLong', { max: MAX_PATTERN_LENGTH }) };
  const compiled = compileLinear(source, flags);
  if (isLinearRegex(compiled)) return { ok: true, regex: compiled };
  if (compiled.kind === 'unsupported') return { ok: false, problem: message('regexUnsupported', { snippet: compiled.snippet }) };
  return { ok: false, problem: message(compiled.kind === 'syntax' ? 'regexSyntax' : 'regexTooComplex') };
}

/** What is wrong with a pattern (a code for the UI to word), or null when it can run. */
export function regexProblem(source: string): CoreMessage | null {
  const checked = check(source, '');
  return checked.ok ? null : checked.problem;
}

/** Compile an admin pattern for the linear matcher; null when regexProblem() refuses it. */
export function compileSafe(source: string, flags = ''): LinearRegex | null {
  const checked = check(source, flags);
  return checked.ok ? checked.regex : null;
}

/** A pattern list entry written as /…/ is a regular expression; anything else is plain text. */
export function regexOfEntry(entry: string): string | null {
  return entry.length > 2 && entry.startsWith('/') && entry.endsWith('/') ? entry.slice(1, -1) : null;
}
