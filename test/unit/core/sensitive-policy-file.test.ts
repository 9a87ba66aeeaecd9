import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { PRESETS } from '@/utils/core/detector/presets';
import { parsePolicyText, POLICY_TEXT_MAX_CHARS } from '@/utils/core/policy/parse';

const EXAMPLE = 'docs/examples/sensitive-policy.json';
const doc = readFileSync('docs/policy.md', 'utf8');
const section = doc.slice(doc.indexOf('## The `sensitive` section'));

describe('the documented sensitive section', () => {
  it('the example file validates through the real parser and gives a working detector', () => {
    const parsed = parsePolicyText(readFileSync(EXAMPLE, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const hits = compileDetector(parsed.policy.sensitive).detect('參考價和身份证 11010519880312041X 发你');
    expect(hits.map((h) => [h.rule, h.action])).toEqual([
      ['term:business:参考价', 'warn'],
      ['pii:idCard', 'block'],
    ]);
  });

  it('shows the example file in docs/policy.md as it is', () => {
    const block = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    expect(JSON.parse(block)).toEqual(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  });

  it('lists every preset id with exactly its terms and action', () => {
    for (const [id, terms] of Object.entries(PRESETS)) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect([cells[3], cells[4]!.split(' ')], id).toEqual([terms[0]!.action, terms.map((t) => t.term)]);
    }
  });
});

describe('a policy file with as many terms as the schema allows', () => {
  it('leaves room under the file limit for 200,000 terms at their longest, written with indentation', () => {
    const longest = { term: '词'.repeat(64), category: '类'.repeat(32), action: 'block', collapseRepeats: false };
    const perTerm = JSON.stringify({ terms: [longest, longest] }, null, 2).length - JSON.stringify({ terms: [longest] }, null, 2).length;
    const allowAtLongest = 20_000 * (JSON.stringify(['允'.repeat(64)], null, 6).length - 4);
    expect(200_000 * perTerm + allowAtLongest).toBeLessThan(POLICY_TEXT_MAX_CHARS * 0.75);
  });

  it('loads and compiles a 200,000-term policy file', { timeout: 120_000 }, () => {
    const terms = Array.from({ length: 200_000 }, (_, i) => ({ term: `内部词${i.toString(36)}号`, category: `类别${i % 16}`, action: i % 10 ? 'warn' : 'block' }));
    const text = JSON.stringify({ schemaVersion: 1, sensitive: { presets: [], terms } }, null, 2);
    expect(text.length).toBeGreaterThan(5_000_000); // over the old limit
    const parsed = parsePolicyText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    expect(parsed.policy.sensitive.terms).toHaveLength(200_000);
    const detector = compileDetector(parsed.policy.sensitive);
    expect(detector.termCount).toBe(200_000);
    expect(detector.detect(`请看内部词${(199_999).toString(36)}号`).map((h) => h.rule)).toEqual([`term:类别15:内部词${(199_999).toString(36)}号`]);
  });

  it('rejects a text over the limit before parsing it, with a plain message', () => {
    const parsed = parsePolicyText(' '.repeat(POLICY_TEXT_MAX_CHARS + 1));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path: '$', code: 'fileTooLargeMb', params: { mb: 64 } });
  });
});
