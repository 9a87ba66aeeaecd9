/**
 * Chat classes from admin patterns on chat names: a pattern is a plain substring ("客户"), or a regular
 * expression written as /…/ (checked by safe-regex). Used by nickname scope, the send guard and customer records.
 */
import type { LinearRegex } from './linear-regex';
import { compileSafe, regexOfEntry } from './safe-regex';

export type ChatClass = 'internal' | 'customer' | 'external' | 'ignored' | 'unknown';

export interface GroupsPolicy {
  internal: string[];
  customer: string[];
  external: string[];
  /** Chats QunGuard leaves alone for records (e.g. 文件传输助手, family). */
  ignored: string[];
}

/**
 * Compiled /…/ patterns (null = refused): they are matched against every name, row and destination, on the
 * linear-time matcher, so no pattern can freeze the page whatever the name.
 */
const compiled = new Map<string, LinearRegex | null>();

export function matchesPattern(name: string, pattern: string): boolean {
  const source = regexOfEntry(pattern);
  if (source !== null) {
    let re = compiled.get(pattern);
    if (re === undefined) {
      re = compileSafe(source);
      if (compiled.size > 1000) compiled.clear(); // patterns come from the policy: a bound, not a working set
      compiled.set(pattern, re);
    }
    return re?.test(name.slice(0, 128)) ?? false;
  }
  return pattern !== '' && name.includes(pattern);
}

/**
 * First match wins in the order ignored, customer, external, internal: a customer group that says 内部 is still a
 * customer group. A staff member's tag on the chat (`tag`) overrides the patterns.
 */
export function classifyChat(name: string, groups: GroupsPolicy, tag?: ChatClass | null): ChatClass {
  if (tag) return tag;
  if ((groups.ignored ?? []).some((p) => matchesPattern(name, p))) return 'ignored';
  if (groups.customer.some((p) => matchesPattern(name, p))) return 'customer';
  if (groups.external.some((p) => matchesPattern(name, p))) return 'external';
  if (groups.internal.some((p) => matchesPattern(name, p))) return 'internal';
  return 'unknown';
}
