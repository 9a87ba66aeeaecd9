/**
 * The sensitive-content detector: dictionary terms (evasion-proof normalisation + Aho-Corasick), allow-list
 * suppression, and validated PII. Compile once per policy; detect() is pure and allocation-light.
 */
import { buildAutomaton, type Automaton } from './automaton';
import type { Hit, SensitivePolicy, SensitiveTerm } from './model';
import { inNumberRun, normalisationTable, RUN_FIRST, RUN_LAST, termForms } from './normalize';
import { findPii, type PiiType } from './pii';
import { PRESETS } from './presets';

interface Stream {
  automaton: Automaton;
  /**
   * Pattern index -> (deny term index + 1) << 2 | the RUN_FIRST | RUN_LAST bits that must hold where it is found
   * (0 for most); term part 0 = an allow phrase. One array, so a hit costs one read here, not two.
   */
  patternInfo: Int32Array;
  collapse: boolean;
  hasAllow: boolean;
}

const REQUIRES_MASK = RUN_FIRST | RUN_LAST;
const TERM_SHIFT = 2;

export interface Detector {
  detect(text: string): Hit[];
  termCount: number;
  bytes: number;
}

export function allTerms(policy: SensitivePolicy): SensitiveTerm[] {
  return [...policy.presets.flatMap((p) => PRESETS[p] ?? []), ...policy.terms];
}

function buildStream(terms: SensitiveTerm[], allow: string[], collapse: boolean): Stream | null {
  const patterns: string[] = [];
  const patternInfo: number[] = [];
  const add = (text: string, index: number) => {
    // A term's forms differ in how its end units fold, so at most one of them matches at a place.
    for (const form of termForms(text, collapse)) {
      patterns.push(form.text);
      patternInfo.push(((index + 1) << TERM_SHIFT) | form.requires);
    }
  };
  terms.forEach((t, i) => {
    if (!!t.collapseRepeats === collapse) add(t.term, i);
  });
  if (!patterns.length) return null;
  const denyPatterns = patterns.length;
  for (const phrase of allow) add(phrase, -1);
  return { automaton: buildAutomaton(patterns), patternInfo: Int32Array.from(patternInfo), collapse, hasAllow: patterns.length > denyPatterns };
}

export function compileDetector(policy: SensitivePolicy): Detector {
  const terms = policy.enabled ? allTerms(policy) : [];
  // What a hit needs of its term, in flat arrays: a dense text has a hit every ~50 characters, and reading each
  // term's object, a Map entry and its strings cost several cache misses a hit (about a third of a dense message's
  // time). Rule ids are made on a term's first hit and kept: building all of them up front would hold a string
  // per term (several MB for 50,000 terms), building one per hit allocates on every hit.
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const termMeta = new Uint32Array(terms.length); // category index << 1 | 1 for block
  terms.forEach((t, i) => {
    let c = categoryIndex.get(t.category);
    if (c === undefined) {
      c = categories.push(t.category) - 1;
      categoryIndex.set(t.category, c);
    }
    termMeta[i] = (c << 1) | (t.action === 'block' ? 1 : 0);
  });
  const rules: Array<string | undefined> = new Array(terms.length);
  const ruleOf = (term: number) => (rules[term] ??= `term:${terms[term]!.category}:${terms[term]!.term}`);
  const streams = [buildStream(terms, policy.allow, false), buildStream(terms, policy.allow, true)].filter((s): s is Stream => s !== null);
  const piiEnabled = Object.fromEntries(Object.entries(policy.pii).map(([k, v]) => [k, policy.enabled && v.enabled])) as Record<PiiType, boolean>;
  const anyPii = Object.values(piiEnabled).some(Boolean);
  const map = normalisationTable();

  // Scratch for one detect() call: [start, end, pattern] triples of the deny hits and [start, end] of allow hits.
  let found = new Int32Array(3 * 64);
  let foundCount = 0;
  const allowed: number[] = [];
  let current: Stream | null = null;
  let currentText = '';
  /** Does the place [start, end) have what the pattern's folded ends need (digit forms next to them)? */
  const contextHolds = (need: number, start: number, end: number) =>
    need === 0 || ((!(need & RUN_FIRST) || inNumberRun(currentText, start)) && (!(need & RUN_LAST) || inNumberRun(currentText, end - 1)));
  const onMatch = (pattern: number, start: number, end: number) => {
    const info = current!.patternInfo[pattern]!;
    if (info >>> TERM_SHIFT === 0) {
      if (contextHolds(info & REQUIRES_MASK, start, end)) allowed.push(start, end);
      return;
    }
    if (3 * foundCount + 3 > found.length) {
      const bigger = new Int32Array(found.length * 2);
      bigger.set(found);
      found = bigger;
    }
    found[3 * foundCount] = start;
    found[3 * foundCount + 1] = end;
    found[3 * foundCount + 2] = pattern;
    foundCount++;
  };
  const insideAllowed = (s: number, e: number) => {
    for (let k = 0; k < allowed.length; k += 2) if (allowed[k]! <= s && e <= allowed[k + 1]!) return true;
    return false;
  };

  return {
    termCount: terms.length,
    bytes: streams.reduce((sum, s) => sum + s.automaton.bytes + s.patternInfo.byteLength, 0),
    detect(text) {
      const hits: Hit[] = [];
      for (const stream of streams) {
        foundCount = 0;
        allowed.length = 0;
        current = stream;
        currentText = text;
        stream.automaton.scanText(text, map, stream.collapse, onMatch);
        for (let k = 0; k < foundCount; k++) {
          const s = found[3 * k]!;
          const e = found[3 * k + 1]!;
          const info = stream.patternInfo[found[3 * k + 2]!]!;
          if (!contextHolds(info & REQUIRES_MASK, s, e)) continue;
          if (stream.hasAllow && insideAllowed(s, e)) continue; // inside an allowed phrase
          const term = (info >>> TERM_SHIFT) - 1;
          const meta = termMeta[term]!;
          hits.push({ start: s, end: e, rule: ruleOf(term), category: categories[meta >>> 1]!, action: meta & 1 ? 'block' : 'warn' });
        }
      }
      if (anyPii) {
        for (const p of findPii(text, piiEnabled)) {
          hits.push({ start: p.start, end: p.end, rule: `pii:${p.type}`, category: `pii:${p.type}`, action: policy.pii[p.type].action });
        }
      }
      current = null;
      currentText = '';
      return sortByPlace(hits);
    },
  };
}


/**
 * Hits by start, then end. They nearly always arrive in order already (the scan reports by end; nested terms and
 * PII hits are the exceptions), and checking that is one pass where the sort calls its comparator n log n times.
 */
function sortByPlace(hits: Hit[]): Hit[] {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return hits.sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return hits;
}
