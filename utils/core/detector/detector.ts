/**
 * The sensitive-content detector: dictionary terms (evasion-proof normalisation + Aho-Corasick), allow-list
 * suppression, and validated PII. Compile once per policy; detect() is pure and allocation-light.
 */
import { buildAutomaton, type Automaton } from './automaton';
import type { Hit, SensitivePolicy, SensitiveTerm } from './model';
import { normalisationTable, normaliseTerm } from './normalize';
import { findPii, type PiiType } from './pii';
import { PRESETS } from './presets';

interface Stream {
  automaton: Automaton;
  /** Pattern index -> deny term index, or -1 for allow phrases. */
  termOf: Int32Array;
  collapse: boolean;
}

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
  const termOf: number[] = [];
  terms.forEach((t, i) => {
    if (!!t.collapseRepeats !== collapse) return;
    const p = normaliseTerm(t.term, collapse);
    if (p) {
      patterns.push(p);
      termOf.push(i);
    }
  });
  if (!patterns.length) return null;
  for (const phrase of allow) {
    const p = normaliseTerm(phrase, collapse);
    if (p) {
      patterns.push(p);
      termOf.push(-1);
    }
  }
  return { automaton: buildAutomaton(patterns), termOf: Int32Array.from(termOf), collapse };
}

export function compileDetector(policy: SensitivePolicy): Detector {
  const terms = policy.enabled ? allTerms(policy) : [];
  const streams = [buildStream(terms, policy.allow, false), buildStream(terms, policy.allow, true)].filter((s): s is Stream => s !== null);
  const piiEnabled = Object.fromEntries(Object.entries(policy.pii).map(([k, v]) => [k, policy.enabled && v.enabled])) as Record<PiiType, boolean>;
  const map = normalisationTable();

  return {
    termCount: terms.length,
    bytes: streams.reduce((sum, s) => sum + s.automaton.bytes + s.termOf.byteLength, 0),
    detect(text) {
      const hits: Hit[] = [];
      for (const stream of streams) {
        const found: Array<[number, number, number]> = []; // [start, end, termIndex] in the original text
        const allowed: Array<[number, number]> = [];
        stream.automaton.scanText(text, map, stream.collapse, (pattern, start, end) => {
          const term = stream.termOf[pattern]!;
          if (term < 0) allowed.push([start, end]);
          else found.push([start, end, term]);
        });
        for (const [s, e, term] of found) {
          if (allowed.some(([a, b]) => a <= s && e <= b)) continue; // inside an allowed phrase
          const t = terms[term]!;
          hits.push({ start: s, end: e, rule: `term:${t.category}:${t.term}`, category: t.category, action: t.action });
        }
      }
      for (const p of findPii(text, piiEnabled)) {
        hits.push({ start: p.start, end: p.end, rule: `pii:${p.type}`, category: `pii:${p.type}`, action: policy.pii[p.type].action });
      }
      return hits.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
