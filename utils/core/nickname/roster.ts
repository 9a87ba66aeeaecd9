/**
 * Roster lookup: exact by name first (Map), then fuzzy. Fuzzy matching runs Fuse.js only over the people who
 * share a character with the name being checked (an index by character), so a 5,000-person roster costs about
 * as much as a few dozen: a typo keeps most characters of the real name.
 */
import Fuse from 'fuse.js/basic'; // no extended/logical search: half the size, and we only need fuzzy keys
import type { RosterEntry } from './model';
import { formatTemplate, type TemplatePart } from './template';

interface RosterDoc {
  entry: RosterEntry;
  nick: string;
  name: string;
}

export interface RosterIndex {
  byName: Map<string, RosterEntry[]>;
  expected(entry: RosterEntry, department?: string): string;
  /** Closest roster person to `text` (a nickname) whose name shares characters with `name`; score 0 = identical. */
  closest(text: string, name: string): { doc: RosterDoc; score: number } | null;
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'nick', weight: 0.6 },
    { name: 'name', weight: 0.4 },
  ],
  includeScore: true,
  threshold: 0.45,
  ignoreLocation: true,
};
const MAX_CANDIDATES = 50;

export function buildRosterIndex(entries: RosterEntry[], parts: TemplatePart[]): RosterIndex {
  const expected = (entry: RosterEntry, department = entry.departments[0]) =>
    formatTemplate(parts, { 姓名: entry.name, 部门: department, 地区: entry.region, 公司: entry.company, 职位: entry.title }) ?? entry.name;
  const byName = new Map<string, RosterEntry[]>();
  const docs: RosterDoc[] = [];
  const byChar = new Map<string, number[]>();
  for (const entry of entries) {
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
    const index = docs.push({ entry, nick: expected(entry), name: entry.name }) - 1;
    for (const char of new Set(entry.name)) byChar.set(char, [...(byChar.get(char) ?? []), index]);
  }
  return {
    byName,
    expected,
    closest(text, name) {
      const chars = new Set(name);
      const shared = new Map<number, number>();
      for (const char of chars) for (const i of byChar.get(char) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      // A typo keeps all characters but one: drop people who share fewer, or whose name length differs by more than one.
      const need = Math.max(1, chars.size - 1);
      const candidates: RosterDoc[] = [];
      for (const [i, count] of shared) {
        if (count >= need && Math.abs(docs[i]!.name.length - name.length) <= 1) candidates.push(docs[i]!);
        if (candidates.length >= MAX_CANDIDATES) break;
      }
      if (!candidates.length) return null;
      const [best] = new Fuse(candidates, FUSE_OPTIONS).search(text, { limit: 1 });
      return best ? { doc: best.item, score: best.score ?? 1 } : null;
    },
  };
}
