/** Roster lookup: exact by name first (Map), then Fuse.js fuzzy matching on name and expected nickname. */
import Fuse from 'fuse.js';
import type { RosterEntry } from './model';
import { formatTemplate, type TemplatePart } from './template';

export interface RosterIndex {
  byName: Map<string, RosterEntry[]>;
  fuse: Fuse<{ entry: RosterEntry; nick: string; name: string }>;
  expected(entry: RosterEntry, department?: string): string;
}

export function buildRosterIndex(entries: RosterEntry[], parts: TemplatePart[]): RosterIndex {
  const expected = (entry: RosterEntry, department = entry.departments[0]) =>
    formatTemplate(parts, {
      姓名: entry.name,
      部门: department,
      地区: entry.region,
      公司: entry.company,
      职位: entry.title,
    }) ?? entry.name;
  const byName = new Map<string, RosterEntry[]>();
  for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  const docs = entries.map((entry) => ({ entry, nick: expected(entry), name: entry.name }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'nick', weight: 0.6 },
      { name: 'name', weight: 0.4 },
    ],
    includeScore: true,
    threshold: 0.45,
    ignoreLocation: true,
  });
  return { byName, fuse, expected };
}
