// @vitest-environment happy-dom
/**
 * Every selector of every chat site against that site's fixture pages (test/fixtures/<site>/*.html): the count
 * each selector's SEL_EXPECT entry names (a fixture missing from the entry = 0 matches). A new site's selectors.ts is
 * picked up on its own; test/unit/conventions.test.ts checks that each selector is used and has an entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type SiteSelectors = { SEL: Record<string, string>; SEL_EXPECT: Record<string, Partial<Record<string, number>>> };
const modules = import.meta.glob<SiteSelectors>('../../../utils/site/*/selectors.ts', { eager: true });

/** Selectors no fixture shows, on purpose: the state they find is built in the site's read test instead. */
const ABSENT_FROM_FIXTURES: Record<string, string[]> = {
  'wechat-web': ['messageFailed'], // no fixture shows a failed send: built in wechat-web-read.test.ts
  filehelper: [],
};

const sites = Object.entries(modules).map(([path, module]) => ({ site: /site\/([^/]+)\/selectors\.ts$/.exec(path)![1]!, ...module }));

it('finds the selectors of every site', () => {
  expect(sites.map((s) => s.site).sort()).toEqual(Object.keys(ABSENT_FROM_FIXTURES).sort());
});

describe.each(sites)('the $site selectors on its fixture pages', ({ site, SEL, SEL_EXPECT }) => {
  const dir = join(__dirname, '../../fixtures', site);
  const fixtures = readdirSync(dir).filter((name) => name.endsWith('.html'));
  const docs = Object.fromEntries(fixtures.map((name) => [name, new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html')]));

  const rows = Object.keys(SEL).flatMap((name) => fixtures.map((fixture) => [name, fixture, SEL_EXPECT[name]?.[fixture] ?? 0] as const));
  it.each(rows)('%s matches %s %i times', (name, fixture, expected) => {
    expect(docs[fixture]!.querySelectorAll(SEL[name]!).length).toBe(expected);
  });

  it('every selector has an expectation entry', () => {
    expect(Object.keys(SEL_EXPECT).sort()).toEqual(Object.keys(SEL).sort());
  });

  it('every selector except the absent-state ones matches at least one fixture', () => {
    const unmatched = Object.keys(SEL).filter((name) => fixtures.every((fixture) => docs[fixture]!.querySelectorAll(SEL[name]!).length === 0));
    expect(unmatched).toEqual(ABSENT_FROM_FIXTURES[site]);
  });
});
