/**
 * The detector's shortcuts give the same answers as the long way round:
 * - the automaton's hashed lookups (children of the root, nodes with many children, the "no such child" bit set
 *   in front of them) against indexOf, with dictionaries big enough that nodes have dozens of children;
 * - the PII pre-check (mayHoldNumber), which lets findPii skip building the digit view, never rules out a text
 *   whose view holds a run long enough for a number or a code.
 */
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '@/utils/core/detector/automaton';
import { digitView, findPii, mayHoldNumber } from '@/utils/core/detector/pii';
import { normalisationTable, normaliseTerm, normaliseText } from '@/utils/core/detector/normalize';
import { xorshift } from '../../support/detector-differential';

/** Every (pattern, start, end) occurrence the slow way: indexOf over the reference normalisation. */
function naiveMatches(text: string, patterns: string[]): string[] {
  const norm = normaliseText(text);
  const units = String.fromCharCode(...norm.units.subarray(0, norm.length));
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = units.indexOf(p); at >= 0; at = units.indexOf(p, at + 1)) out.push(`${i}:${norm.origin[at]}:${norm.origin[at + p.length - 1]! + 1}`);
  });
  return out.sort();
}

function scanned(text: string, patterns: string[]): string[] {
  const out: string[] = [];
  buildAutomatonCached(patterns).scanText(text, normalisationTable(), false, (p, s, e) => out.push(`${p}:${s}:${e}`));
  return out.sort();
}
let cachedFor: string[] | null = null;
let cached = buildAutomaton([]);
const buildAutomatonCached = (patterns: string[]) => {
  if (cachedFor !== patterns) {
    cached = buildAutomaton(patterns);
    cachedFor = patterns;
  }
  return cached;
};

describe('the automaton finds the same matches through its hashed lookups', () => {
  it.each([
    // [label, alphabet size, terms, shortest, longest]
    ['a small alphabet: nodes deep in the trie have dozens of children', 12, 3000, 2, 6],
    ['a Han alphabet like the bench: every unit starts a term, root children have ~20 children', 400, 8000, 2, 5],
    ['one shared first unit: the root has one child with hundreds of children', 300, 600, 2, 3],
  ])('with %s', (_label, alphabetSize, termCount, shortest, longest) => {
    const r = xorshift(alphabetSize * 7919 + termCount);
    const alphabet = Array.from({ length: alphabetSize }, (_, i) => String.fromCharCode(0x4e00 + i * 3));
    const shared = alphabetSize === 300;
    const terms = [
      ...new Set(
        Array.from({ length: termCount }, () => {
          const length = shortest + r(longest - shortest + 1);
          return Array.from({ length }, (_, k) => (shared && k === 0 ? '报' : alphabet[r(alphabet.length)])).join('');
        }),
      ),
    ];
    const patterns = terms.map((t) => normaliseTerm(t));
    let matches = 0;
    for (let c = 0; c < 300; c++) {
      // Text from the same alphabet with some noise, so terms continue, break off and overlap.
      const text = Array.from({ length: 200 }, () => (r(20) === 0 ? ' ' : shared && r(3) === 0 ? '报' : alphabet[r(alphabet.length)])).join('');
      const want = naiveMatches(text, patterns);
      matches += want.length;
      expect(scanned(text, patterns)).toEqual(want);
    }
    expect(matches).toBeGreaterThan(300); // the texts really continue terms
  });
});

describe('the PII pre-check never rules out a number', () => {
  const view = (text: string) => digitView(text);
  const holds = (text: string) => {
    const v = view(text);
    return v.longestDigitRun >= 11 || v.longestCodeRun >= 18;
  };

  it.each([
    ['a mobile in financial numerals', '壹叁捌零零壹叁捌零零零'],
    ['a mobile in Han numerals with dots', '幺三八.〇〇幺三.八〇〇〇'],
    ['a mobile with U+200B between its groups', '138\u200b0013\u200b8000'],
    ['an ID with dots', '110105.19880312.041X'],
    ['an ID with U+200B between its groups', '110105\u200b19880312\u200b041X'],
    ['an ID with an astral tag character between its groups', '110105\u{E0020}19880312\u{E0020}041X'],
    ['an ID in full-width digits', '１１０１０５．１９８８０３１２．０４１Ｘ'],
    ['a bank card in circled digits', '④①①①①①①①①①①①①①①①'],
    ['a 统一社会信用代码', '91350100M000100Y43'],
  ])('lets %s through to the validators', (_label, number) => {
    const text = `发你 ${number} 看看`;
    expect(holds(text)).toBe(true);
    expect(mayHoldNumber(text)).toBe(true);
  });

  it.each([
    ['a dense chat line with lone numerals next to spaces', '我们 一 起去 八 号楼，二 楼会议室见'],
    ['ten digits', '订单 1234567890 已发货'],
    ['seventeen letters and digits', '编号 ABCDEFGH123456789'],
    ['a number cut by a line break', '110105\n19880312\n041X'],
  ])('rules out %s', (_label, text) => {
    expect(mayHoldNumber(text)).toBe(false);
    expect(findPii(text, { idCard: true, mobile: true, bankCard: true, uscc: true, email: false })).toEqual([]);
  });

  it.each([
    ['a mobile', '13800138000', true],
    ['a spaced mobile', '138 0013 8000', true],
    ['an ID', '110105198803120417', true],
    ['a 统一社会信用代码', '91350100M000100Y43', true],
    ['ten digits', '1234567890', false],
    ['seventeen letters and digits', 'ABCDEFGH123456789', false],
  ])('answers for %s at every place in plain text (which it reads only every 10th unit of)', (_label, number, expected) => {
    for (let before = 0; before <= 30; before++) {
      const text = `${'大'.repeat(before)}${number}${'起'.repeat(30 - before)}`;
      expect(mayHoldNumber(text), `${before} characters before it`).toBe(expected);
    }
  });

  it('never rules out a number on 20,000 random long texts of mostly Chinese characters', () => {
    const ALPHABET = ['1', '3', '8', '0', 'X', 'a', '１', '一', '八', '壹', ' ', '.', '-', '\u200b', '\u{E0020}', '，', '\n'];
    const r = xorshift(20261203);
    let numbers = 0;
    for (let c = 0; c < 20_000; c++) {
      // Mostly 大, with stretches of digit forms and separators of every length at every offset.
      let text = '';
      const length = 20 + r(200);
      while (text.length < length) text += r(4) === 0 ? Array.from({ length: 1 + r(24) }, () => ALPHABET[r(ALPHABET.length)]).join('') : '大'.repeat(1 + r(12));
      if (holds(text)) {
        numbers++;
        if (!mayHoldNumber(text)) throw new Error(`pre-check ruled out ${JSON.stringify(text)}`);
      }
    }
    expect(numbers).toBeGreaterThan(1_000);
  });

  it('agrees with the digit view on 100,000 random texts of digits, numerals, separators and invisible characters', () => {
    const ALPHABET = [
      '1', '3', '8', '0', 'X', 'a', 'Ｚ', '１', '①', '一', '八', '零', '壹', '參', '陸', '大', '起', ' ', '.', '-', '·', '\u3000',
      '\n', '，', '\u200b', '\u200e', '\u202e', '\u2066', '\u034f', '\ufe0f', '\u3164', '\u115f', '\uffa0', '\u{E0020}', '\u{E0100}', '😀', '\u{11013}',
    ];
    const r = xorshift(20261202);
    let numbers = 0;
    for (let c = 0; c < 100_000; c++) {
      // Texts weighted towards digit forms so that both answers are common.
      const text = Array.from({ length: 8 + r(40) }, () => ALPHABET[r(3) === 0 ? r(ALPHABET.length) : r(14)]).join('');
      if (holds(text)) {
        numbers++;
        if (!mayHoldNumber(text)) throw new Error(`pre-check ruled out ${JSON.stringify(text)}`);
      }
    }
    expect(numbers).toBeGreaterThan(10_000);
  });
});
