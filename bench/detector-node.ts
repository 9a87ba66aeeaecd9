// Node: detector throughput, latency, memory, compile time and a 10^6-case differential run.
import { compileDetector } from '../utils/core/detector/detector';
import { defaultSensitivePolicy, type SensitiveTerm } from '../utils/core/detector/model';
import { runDifferential, xorshift as rng } from '../test/support/detector-differential';

// ~2,500 common CJK characters (the CJK block start is dense with everyday characters).
const CJK = Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7) % 20000)));
const ASCII = 'abcdefghijklmnopqrstuvwxyz0123456789';


export function generateTerms(count: number, seed = 1): SensitiveTerm[] {
  const r = rng(seed);
  const terms = new Set<string>();
  while (terms.size < count) {
    const len = 2 + r(7);
    let t = '';
    for (let i = 0; i < len; i++) t += r(100) < 8 ? ASCII[r(ASCII.length)] : CJK[r(CJK.length)];
    terms.add(t);
  }
  return [...terms].map((term, i) => ({ term, category: `c${i % 8}`, action: 'warn' as const }));
}

/** ≥95 % CJK text with a term (sometimes with noise between characters) every ~`spacing` characters. */
export function generateCorpus(length: number, terms: SensitiveTerm[], seed = 2, spacing = 400): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    let chunk = '';
    for (let i = 0; i < spacing; i++) chunk += r(100) < 97 ? CJK[r(CJK.length)] : '，';
    const term = terms[r(terms.length)]!.term;
    chunk += r(4) === 0 ? term.split('').join(' ') : term;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, length);
}

/**
 * A message as the page holds it: a string of its own. `slice` of the 1,000,000-char corpus gives a V8 "sliced
 * string" that points into the corpus, and every character read then goes through that indirection (measured:
 * ~10 % of a scan), which no message read from the page or a file line pays. Both sides get the same strings.
 */
function ownString(slice: string): string {
  return JSON.parse(JSON.stringify(slice)) as string;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function run(options: { gc?: () => void; setV8Flags?: (flags: string) => void; Mint?: new (words: string[]) => { filter(t: string, o?: { replace?: boolean }): unknown } }) {
  const out: Array<[string, string, string, string?]> = [];
  const terms = generateTerms(50_000);
  const chars = Number(process.env.BENCH_DETECTOR_CHARS ?? 1_000_000); // smaller for a quick look
  const corpus = generateCorpus(chars, terms);
  const policy = { ...defaultSensitivePolicy(), presets: [], terms, allow: [] };
  const termsOnly = { ...policy, pii: Object.fromEntries(Object.entries(policy.pii).map(([k, v]) => [k, { ...v, enabled: false }])) as typeof policy.pii };

  // Collect to quiescence on both sides so only what the compiled detector keeps is counted.
  options.gc?.();
  options.gc?.();
  const heapBefore = process.memoryUsage();
  let t0 = performance.now();
  const detector = compileDetector(termsOnly);
  const compileMs = performance.now() - t0;
  options.gc?.();
  options.gc?.();
  const heapAfter = process.memoryUsage();
  const heapMb = (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 1024 / 1024;
  out.push(['detector: compile 50,000 terms (all normalisation on)', compileMs.toFixed(0), 'ms', '<= 500 ms']);
  out.push(['detector: compiled dictionary, heap + array buffers after GC', heapMb.toFixed(1), 'MB', '<= 8 MB']);
  out.push(['detector: automaton arrays', (detector.bytes / 1024 / 1024).toFixed(1), 'MB']);

  // Throughput: median of 7 runs after 2 warm-ups over a 1,000,000-character corpus.
  const timeIt = (fn: () => unknown, runs = 7) => {
    for (let i = 0; i < 2; i++) fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      fn();
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const full = compileDetector(policy);
  const mint = options.Mint ? new options.Mint(terms.map((t) => t.term)) : null;
  if (options.Mint) {
    t0 = performance.now();
    new options.Mint(terms.map((t) => t.term));
    out.push(['mint-filter 4.0.3: build, same 50,000 terms', (performance.now() - t0).toFixed(0), 'ms']);
  }
  // Two corpora: the sparse one (a term every ~400 characters) and a dense, holdout-like one (a term every
  // ~50 characters), where per-call and per-hit costs show. Goals hold for both; figures side by side.
  const corpora = [
    { name: 'sparse', label: 'a term every ~400 chars', text: corpus },
    { name: 'dense', label: 'a term every ~50 chars', text: generateCorpus(chars, terms, 2, 50) },
  ];
  for (const { name, label, text } of corpora) {
    let found = 0;
    const ourMs = timeIt(() => (found = detector.detect(text).length));
    const ours = text.length / (ourMs / 1000) / 1e6;
    out.push([`detector [${name}]: throughput, ${chars.toLocaleString('en-US')}-char CJK corpus (${label}), terms + normalisation, one string`, ours.toFixed(1), 'M chars/s', name === 'sparse' ? '>= 30 M chars/s' : undefined]);
    out.push([`detector [${name}]: hits in the corpus`, String(found), 'hits']);
    const fullMs = timeIt(() => full.detect(text));
    out.push([`detector [${name}]: throughput with PII validators on too, one string`, (text.length / (fullMs / 1000) / 1e6).toFixed(1), 'M chars/s']);

    // 10,000 messages of 2,000 characters cut at seeded offsets, full detect() (PII on), timed one by one.
    const r = rng(3);
    const messages = Array.from({ length: 10_500 }, () => {
      const at = r(text.length - 2000);
      return ownString(text.slice(at, at + 2000));
    });
    const lat: number[] = [];
    messages.forEach((msg, i) => {
      const s = performance.now();
      full.detect(msg);
      if (i >= 500) lat.push(performance.now() - s);
    });
    lat.sort((a, b) => a - b);
    const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!;
    const perLine = 2000 / (lat.reduce((sum, v) => sum + v, 0) / lat.length / 1000) / 1e6;
    out.push([`detector [${name}]: throughput per 2,000-char message, end to end (PII on)`, perLine.toFixed(1), 'M chars/s']);
    out.push([`detector [${name}]: 2,000-char message end to end, p50 / p99 / max`, `${pct(50).toFixed(3)} / ${pct(99).toFixed(3)} / ${lat.at(-1)!.toFixed(3)}`, 'ms', 'p99 <= 0.3 ms']);

    if (mint) {
      const mintMs = timeIt(() => mint.filter(text, { replace: false }), 3);
      const mintRate = text.length / (mintMs / 1000) / 1e6;
      out.push([`mint-filter 4.0.3 [${name}]: throughput, same corpus (exact match only), one string`, mintRate.toFixed(2), 'M chars/s']);
      out.push([`detector vs mint-filter [${name}], one string (detector: terms)`, (ours / mintRate).toFixed(1), '× faster', '>= 10×']);
      // The same 2,000 messages through both, alternating in blocks of 50, so a busy machine slows both alike;
      // garbage is collected before each block so neither pays for the other's allocations. That collection
      // must be over when the clock starts: by default V8 sweeps the freed pages on helper threads after gc()
      // returns, and sweeping mint-filter's large object heap then ran on the shared cores during the next
      // short block (ours), which measured 2-4x slower than the same messages with no anchor in memory.
      options.setV8Flags?.('--no-concurrent-sweeping');
      let oursSum = 0;
      let mintSum = 0;
      const sample = messages.slice(500, 2500);
      for (let b = 0; b < sample.length; b += 50) {
        const block = sample.slice(b, b + 50);
        options.gc?.();
        let s = performance.now();
        for (const m of block) full.detect(m);
        oursSum += performance.now() - s;
        options.gc?.();
        s = performance.now();
        for (const m of block) mint.filter(m, { replace: false });
        mintSum += performance.now() - s;
      }
      options.setV8Flags?.('--concurrent-sweeping');
      out.push([`detector vs mint-filter [${name}], per 2,000-char message, alternating blocks (detector: PII on too)`, (mintSum / oursSum).toFixed(1), '× faster', '>= 10×']);
      // The same messages one each in turn with no forced collection, so each side pays the collections its own
      // allocations trigger. mint-filter makes two strings per Han character; in the blocks above that garbage
      // is collected off the clock, which the block figure therefore leaves out.
      let oursTurns = 0;
      let mintTurns = 0;
      for (const m of sample) {
        let s = performance.now();
        full.detect(m);
        oursTurns += performance.now() - s;
        s = performance.now();
        mint.filter(m, { replace: false });
        mintTurns += performance.now() - s;
      }
      out.push([`detector vs mint-filter [${name}], per 2,000-char message, one each in turn, no forced GC (detector: PII on too)`, (mintTurns / oursTurns).toFixed(1), '× faster', '>= 10×']);
    }
  }

  // Correctness: 10^6 random differential cases against a naive matcher (the unit test's oracle, 10x the cases).
  t0 = performance.now();
  const cases = Number(process.env.BENCH_DIFFERENTIAL_CASES ?? 1_000_000);
  const { mismatches } = runDifferential(cases, 99);
  out.push([`detector: differential vs naive matchers, ${cases.toLocaleString('en-US')} cases`, String(mismatches), 'mismatches', '0']);
  out.push(['  (differential run time)', ((performance.now() - t0) / 1000).toFixed(1), 's']);
  return out;
}
