import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "No UI string outside the locale files": Chinese text in code (comments aside) may only live in the message
 * tables, or in the files below, whose Chinese is data the code works on, not text shown as UI.
 */
const DATA_NOT_UI: Record<string, string> = {
  'utils/core/detector/normalize.ts': 'Chinese numerals folded to digits',
  'utils/core/detector/pii.ts': 'context words that make a number a bank card',
  'utils/core/detector/presets.ts': 'preset term lists',
  'utils/core/nickname/check.ts': 'template field names and the suffixes that tell a department from a name',
  'utils/core/nickname/model.ts': 'template field names ({部门}-{姓名})',
  'utils/core/nickname/normalize.ts': 'unit suffixes and the 一 that stands in for a dash',
  'utils/core/nickname/roster-import.ts': 'header names recognised in roster files (姓名, 部门…)',
  'utils/core/nickname/roster.ts': 'template field names',
  'utils/core/nickname/template.ts': 'template field names',
  'utils/core/policy/model.ts': 'default policy values (notice keywords such as 收到)',
  'utils/site/wechat-web/login-refusal.ts': 'the texts web WeChat shows when it refuses a login',
  'utils/site/wechat-web/time.ts': 'the page’s own time dividers (昨天 14:53)',
  'utils/export/formats.ts': 'export file vocabulary (是/否), fixed so staff files merge',
  'utils/export/merge.ts': 'export file vocabulary (收/发)',
  'utils/export/source.ts': 'export column labels and values: a file format, fixed whatever the UI language',
  'utils/site/wechat-web/adapter.ts': 'the adapter’s diagnostic label (the UI shows site.wechat-web)',
  'utils/site/wechat-web/read.ts': 'WeChat’s own recall notice text, matched on the page',
  'utils/site/filehelper/adapter.ts': 'the adapter’s diagnostic label (the UI shows site.filehelper) and WeChat’s recall notice text',
  'utils/site/filehelper/read.ts': 'the name of the page’s one chat (文件传输助手, as the policy’s patterns name it) and the account records are kept under',
  'utils/store/policy-log.ts': 'policy-change records written to the log (data, not UI)',
};

const ROOTS = ['components', 'entrypoints', 'utils'];
const HAN = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Code lines with Han characters, comments removed (line and block comments; good enough for this codebase). */
function hanInCode(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return code.split('\n').filter((line) => HAN.test(line));
}

describe('UI text lives in the locale tables', () => {
  const root = join(__dirname, '../../..');
  const files = ROOTS.flatMap((dir) => sources(join(root, dir))).map((path) => relative(root, path).split('\\').join('/'));

  it('finds no Chinese text in code outside utils/i18n/messages and the listed data files', () => {
    const offenders = files
      .filter((file) => !file.startsWith('utils/i18n/messages/') && !(file in DATA_NOT_UI))
      .flatMap((file) => hanInCode(readFileSync(join(root, file), 'utf8')).map((line) => `${file}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('lists only files that still exist and still hold such data', () => {
    for (const file of Object.keys(DATA_NOT_UI)) expect(hanInCode(readFileSync(join(root, file), 'utf8')).length, file).toBeGreaterThan(0);
  });
});
