import { describe, expect, it } from 'vitest';
import { termsToText, textToTerms } from '@/components/SensitiveSettings';

describe('the term list editor format', () => {
  it('reads one term per line with category, action and the repeat flag', () => {
    expect(textToTerms('蓝海计划,project,block\n底价，business，warn，repeat\n\n报价')).toEqual([
      { term: '蓝海计划', category: 'project', action: 'block' },
      { term: '底价', category: 'business', action: 'warn', collapseRepeats: true },
      { term: '报价', category: 'business', action: 'warn' },
    ]);
  });
  it('writes what it reads', () => {
    const text = '蓝海计划,project,block\n底价,business,warn,repeat';
    expect(termsToText(textToTerms(text))).toBe(text);
  });
});
