// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SEL, SEL_EXPECT, type SelectorName } from '@/utils/site/wechat-web/selectors';
import { FIXTURES, parseFixture } from '../helpers/fixtures';

const docs = Object.fromEntries(FIXTURES.map((name) => [name, parseFixture(name)]));

describe('every web WeChat selector matches the recorded pages as expected', () => {
  const rows = (Object.keys(SEL) as SelectorName[]).flatMap((name) =>
    FIXTURES.map((fixture) => [name, fixture, SEL_EXPECT[name][fixture] ?? 0] as const),
  );
  it.each(rows)('%s matches %s %i times', (name, fixture, expected) => {
    expect(docs[fixture]!.querySelectorAll(SEL[name]).length).toBe(expected);
  });

  it('every selector has an expectation entry', () => {
    expect(Object.keys(SEL_EXPECT).sort()).toEqual(Object.keys(SEL).sort());
  });

  it('every selector except the absent-state ones matches at least one fixture', () => {
    const unmatched = (Object.keys(SEL) as SelectorName[]).filter((name) =>
      FIXTURES.every((fixture) => docs[fixture]!.querySelectorAll(SEL[name]).length === 0),
    );
    // messageFailed: no fixture shows a failed send; covered by a built variant in wechat-web-read.test.ts.
    expect(unmatched).toEqual(['messageFailed']);
  });
});
