import { buildAutomaton } from '../utils/core/detector/automaton';
import { normaliseTerm, normaliseText } from '../utils/core/detector/normalize';
import { generateCorpus, generateTerms } from './detector-node';
export function prof() {
  const terms = generateTerms(50_000);
  const corpus = generateCorpus(1_000_000, terms);
  const a = buildAutomaton(terms.map((t) => normaliseTerm(t.term)));
  const t = (label: string, fn: () => void) => { for (let i = 0; i < 3; i++) fn(); const s = performance.now(); for (let i = 0; i < 5; i++) fn(); console.log(label, ((performance.now() - s) / 5).toFixed(1), 'ms'); };
  let n = normaliseText(corpus);
  t('normalise', () => { n = normaliseText(corpus); });
  let count = 0;
  t('scan', () => { a.scan(n.units, n.length, () => { count++; }); });
  t('charCodeAt loop', () => { let x = 0; for (let i = 0; i < corpus.length; i++) x += corpus.charCodeAt(i); count += x & 1; });
}
