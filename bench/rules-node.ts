/**
 * Warning fatigue on ordinary customer traffic (issue 12): the share of ≥ 300 everyday sales and service lines,
 * each sent in the customer's own chat, that open a dialog under the default policy — and the seeds' sensitive
 * cases, every one of which must still warn. Judged by the same code as the page and `npm run scan`.
 */
import { readFileSync } from 'node:fs';
import { defaultPolicy } from '../utils/core/policy/model';
import { judgeLine, scanDetector, type ScanAnswer } from '../scripts/scan-judge';

/** A working day at 10:00 Beijing: quiet hours and holidays do not colour the figure. */
export const CORPUS_TIME = Date.parse('2026-12-02T10:00:00+08:00');

export function rulesPolicy() {
  const policy = defaultPolicy();
  // The sales team of the issue: its own groups say 销售部, outside ones 外部; customers are 客户 (the default).
  policy.groups.internal = ['销售部'];
  policy.groups.external = ['外部'];
  return policy;
}

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

export function run(root = '.') {
  const policy = rulesPolicy();
  const detector = scanDetector(policy);
  const judge = (line: Record<string, unknown>) => judgeLine(line, policy, detector, () => CORPUS_TIME) as ScanAnswer;
  const ordinary = readLines(`${root}/bench/corpus/customer-lines.jsonl`);
  const answers = ordinary.map(judge);
  const warned = ordinary.filter((_, i) => answers[i]!.dialog !== null).map((l) => l.text as string);
  const termHits = answers.filter((a) => a.hits.some((h) => h.rule.startsWith('term:'))).length;
  const sensitive = readLines(`${root}/bench/corpus/sensitive-cases.jsonl`);
  const missed = sensitive.filter((l) => judge(l).dialog === null).map((l) => l.why as string);
  return { lines: ordinary.length, warned, termHits, sensitive: sensitive.length, missed };
}
