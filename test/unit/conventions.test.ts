/**
 * The project's conventions, checked on the source (like refined-github's features.test.ts): a chat site lives in
 * its adapter folder, every selector of a site sits in its selectors.ts and is used and fixture-checked, and every
 * content feature is registered under its file name. Each checker is first shown to catch a violation, so the
 * checks on the real tree cannot pass by matching nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FEATURES } from '@/utils/content/features';
import { CHAT_HOST_MATCHES } from '@/utils/site/hosts';
import { SITE_ADAPTERS } from '@/utils/site/registry';

const ROOT = join(__dirname, '../..');
const SITE_DIR = join(ROOT, 'utils/site');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const rel = (path: string) => relative(ROOT, path);

// --- the checkers ---------------------------------------------------------------------------------------------

/** DOM lookups with a literal selector, classList checks, and string literals that look like CSS selectors. */
const SELECTOR_LEAKS: Array<[what: string, pattern: RegExp]> = [
  ['a DOM lookup with a literal selector', /\.(?:querySelector|querySelectorAll|closest|matches)\(\s*[`'"]/g],
  ['a classList check', /\.classList\.(?:contains|add|remove|toggle|replace)\(/g],
  ['a string that looks like a CSS selector', /(?<![\w$])[`'"](?:[.#][A-Za-z_][\w-]*|\[[A-Za-z_][\w-]*(?:[\^$*|~]?=|\]))/g],
];

export function selectorLeaks(source: string): string[] {
  const code = withoutComments(source);
  return SELECTOR_LEAKS.flatMap(([what, pattern]) => [...code.matchAll(pattern)].map((m) => `${what}: ${lineOf(code, m.index)}`));
}

/** Words that name a chat site or one of its quirks: adapter ids, chat hosts, and the web WeChat quirks. */
const SITE_WORDS = [
  ...new Set([
    ...SITE_ADAPTERS.map((a) => a.id),
    ...CHAT_HOST_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname),
    'filehelper',
    'data-cm',
    'keyCode',
  ]),
];

export function siteWords(source: string): string[] {
  return SITE_WORDS.filter((word) => source.includes(word));
}

function withoutComments(source: string): string {
  // Comments explain the page (they may quote its markup); code is what must not hold selectors.
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

function lineOf(code: string, index = 0): string {
  const start = code.lastIndexOf('\n', index) + 1;
  const end = code.indexOf('\n', index);
  return code.slice(start, end === -1 ? undefined : end).trim();
}

/** Names of `SEL.<name>` references in a source. */
function selectorReferences(source: string): Set<string> {
  return new Set([...source.matchAll(/\bSEL\.([A-Za-z]\w*)/g)].map((m) => m[1]!));
}

// --- the checkers catch what they are meant to catch ------------------------------------------------------------

describe('the convention checkers catch violations', () => {
  it.each([
    ["item.querySelector('.msg-text')", true],
    ['item.closest(`#chatBody`)', true],
    ['el.matches("[data-cm]")', true],
    ["body.classList.contains('mine')", true],
    ["const EDITOR = '#editArea';", true],
    ["const OWN = '.message.me';", true],
    ['item.querySelector(SEL.messageText)', false],
    ["text.split('.')", false],
    ["// the page's '.mine' class\nitem.matches(SEL.own)", false],
    ["getAttribute('data-username')", false],
  ])('judges %j a selector leak: %s', (source, leaks) => {
    expect(selectorLeaks(source).length > 0).toBe(leaks);
  });

  it.each([
    ["status.site === 'wechat-web'", ['wechat-web']],
    ["attributeFilter: ['data-cm']", ['data-cm']],
    ['keyCode: event.keyCode', ['keyCode']],
    ["open('https://filehelper.weixin.qq.com/')", ['filehelper', 'filehelper.weixin.qq.com']],
    ['const url = "https://wx.qq.com/";', ['wx.qq.com']],
    ['adapter.observedAttributes', []],
  ])('finds site words in %j', (source, words) => {
    expect(siteWords(source)).toEqual(expect.arrayContaining(words));
    expect(siteWords(source)).toHaveLength(words.length);
  });
});

// --- the tree follows them ----------------------------------------------------------------------------------------

const SITES = readdirSync(SITE_DIR).filter((name) => statSync(join(SITE_DIR, name)).isDirectory());

describe('each chat site keeps its selectors in its own selectors.ts', () => {
  it('there are site folders, each with a registered adapter', () => {
    expect(SITES.length).toBeGreaterThanOrEqual(2);
    expect(SITE_ADAPTERS.map((a) => a.id).sort()).toEqual([...SITES].sort());
  });

  const files = sourceFiles(SITE_DIR).filter((path) => basename(path) !== 'selectors.ts');
  it.each(files.map(rel))('%s holds no selector of its own', (path) => {
    expect(selectorLeaks(read(join(ROOT, path)))).toEqual([]);
  });

  it.each(SITES)('every selector of %s is used by its adapter and has a fixture expectation', async (site) => {
    const selectors = (await import(`../../utils/site/${site}/selectors.ts`)) as {
      SEL: Record<string, string>;
      SEL_EXPECT: Record<string, Record<string, number>>;
    };
    const names = Object.keys(selectors.SEL);
    expect(names.length).toBeGreaterThan(0);
    const used = new Set(
      sourceFiles(join(SITE_DIR, site))
        .filter((path) => basename(path) !== 'selectors.ts')
        .flatMap((path) => [...selectorReferences(read(path))]),
    );
    expect(names.filter((name) => !used.has(name)), 'selectors nothing uses').toEqual([]);
    expect(Object.keys(selectors.SEL_EXPECT).sort(), 'selectors without an expectation').toEqual([...names].sort());
    const fixtureDir = join(ROOT, 'test/fixtures', site);
    expect(existsSync(fixtureDir), `test/fixtures/${site}/ exists`).toBe(true);
    const fixtures = new Set(readdirSync(fixtureDir));
    const named = Object.values(selectors.SEL_EXPECT).flatMap((expect) => Object.keys(expect));
    expect(named.filter((fixture) => !fixtures.has(fixture)), 'expectations naming a missing fixture').toEqual([]);
  });
});

describe('nothing outside utils/site/ names a site or a site quirk', () => {
  // The i18n tables are exempt: they are the words users read, which name the site for them.
  const outside = [join(ROOT, 'utils'), join(ROOT, 'components'), join(ROOT, 'entrypoints')]
    .flatMap(sourceFiles)
    .filter((path) => !path.startsWith(SITE_DIR + '/') && !path.startsWith(join(ROOT, 'utils/i18n/messages') + '/'));

  it('scans the shared code', () => {
    expect(outside.length).toBeGreaterThan(50);
    expect(SITE_WORDS).toEqual(expect.arrayContaining(['wechat-web', 'filehelper', 'wx.qq.com', 'data-cm', 'keyCode']));
  });

  it.each(outside.map(rel))('%s names no site', (path) => {
    expect(siteWords(read(join(ROOT, path)))).toEqual([]);
  });
});

describe('every content feature is registered under its file name', () => {
  const dir = join(ROOT, 'utils/content/features');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
    .map((name) => name.replace(/\.ts$/, ''));

  it('lists each feature file once in features/index.ts, with its id equal to the file name', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(CONTENT_FEATURES.map((f) => f.id).sort()).toEqual([...files].sort());
    expect(new Set(CONTENT_FEATURES.map((f) => f.id)).size).toBe(CONTENT_FEATURES.length);
  });

  it.each(files)('%s.ts is imported by features/index.ts', (file) => {
    expect(read(join(dir, 'index.ts'))).toContain(`from './${file}'`);
  });
});
