import { describe, expect, it } from 'vitest';
import type { RosterProblem } from '@/utils/core/nickname/roster-import';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { strToU8, zipSync } from 'fflate';
import { departmentsFromCell, rosterFromTable } from '@/utils/core/nickname/roster-import';
import { readRosterFile } from '@/utils/files/roster-file';
import { readXlsx, writeXlsx } from '@/utils/files/xlsx';

/** Problems as the options page words them (zh-CN). */
const worded = (p: RosterProblem) => ({ line: p.line, message: issueText(t, p) });

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Shaped like the WeCom admin console member export: a title row, a note row, then the header. */
const WECOM_ROWS = [
  ['通讯录导出'],
  ['说明：带 * 为必填'],
  ['姓名', '账号', '别名', '职务', '部门', '性别', '手机'],
  ['张三', 'zhangsan', '', '销售经理', '总公司/华南区/销售部', '男', '13800000000'],
  ['王五', 'wangwu', '', '专员', '总公司/市场部;总公司/华南区/销售部', '男', ''],
  ['欧阳娜娜', 'ouyang', '', '', '总公司/人事部', '女', ''],
];

describe('roster import', () => {
  it('uses the last path segment of each WeCom department, for several departments', () => {
    expect(departmentsFromCell('总公司/市场部;总公司/华南区/销售部')).toEqual(['市场部', '销售部']);
    expect(departmentsFromCell('总公司/市场部；总公司/市场部')).toEqual(['市场部']);
  });

  it('finds the header below title rows and reads a WeCom export', () => {
    const result = rosterFromTable(WECOM_ROWS);
    expect(result.errors.map(worded)).toEqual([]);
    expect(result.headerLine).toBe(3);
    expect(result.entries).toEqual([
      { name: '张三', departments: ['销售部'], title: '销售经理' },
      { name: '王五', departments: ['市场部', '销售部'], title: '专员' },
      { name: '欧阳娜娜', departments: ['人事部'] },
    ]);
  });

  it('reads the same export as XLSX', () => {
    const result = readRosterFile(writeXlsx(WECOM_ROWS));
    expect(result.errors.map(worded)).toEqual([]);
    expect(result.entries.map((e) => e.name)).toEqual(['张三', '王五', '欧阳娜娜']);
  });

  it('reads a UTF-8 CSV with a BOM and quoted cells', () => {
    const result = readRosterFile(utf8('\uFEFF姓名,部门,高管\n张三,销售部,\n"李, 总","总公司/总裁办",是\n'));
    expect(result.errors.map(worded)).toEqual([]);
    expect(result.entries).toEqual([
      { name: '张三', departments: ['销售部'] },
      { name: '李, 总', departments: ['总裁办'], exempt: true },
    ]);
  });

  it('reports rows with no name or no department by line number and keeps nothing from them', () => {
    const result = readRosterFile(utf8('姓名,部门\n张三,销售部\n,市场部\n王五,\n'));
    expect(result.errors.map(worded)).toEqual([
      { line: 3, message: '姓名为空' },
      { line: 4, message: '“王五”的部门为空' },
    ]);
  });

  it('says so when there is no 姓名 column', () => {
    expect(readRosterFile(utf8('name1,dept\na,b\n')).errors.map(worded)).toEqual([{ line: 1, message: '前 10 行中找不到“姓名”列（表头应包含 姓名 和 部门）' }]);
  });

  it('says so when there is no 部门 column', () => {
    expect(readRosterFile(utf8('姓名,手机\n张三,1\n')).errors.map(worded)[0]!.message).toMatch(/部门/);
  });

  it('merges duplicate rows with a warning', () => {
    const result = readRosterFile(utf8('姓名,部门\n张三,销售部\n张三,销售部\n'));
    expect(result.entries).toHaveLength(1);
    expect(result.warnings.map(worded)).toEqual([{ line: 3, message: '与第 2 行重复，已合并' }]);
  });

  it('rejects a file that is not UTF-8 with advice', () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb2, 0xbf, 0xc3, 0xc5]); // "姓名,部门" in GBK
    expect(readRosterFile(gbk).errors.map(worded)[0]!.message).toMatch(/UTF-8/);
  });

  it('rejects a zip that is not a workbook, and an empty file', () => {
    expect(readRosterFile(zipSync({ 'a.txt': strToU8('x') })).errors.map(worded)[0]!.message).toMatch(/xl\/workbook\.xml/);
    expect(readRosterFile(new Uint8Array([0x50, 0x4b, 1, 2])).errors.map(worded)[0]!.message).toMatch(/无法解压/);
    expect(readRosterFile(new Uint8Array()).errors.map(worded)[0]!.message).toBe('文件是空的');
  });

  it('says so when there are no people under the header', () => {
    expect(readRosterFile(utf8('姓名,部门\n')).errors.map(worded)[0]!.message).toBe('表头下面没有任何人员');
  });
});

describe('the XLSX writer and reader', () => {
  it('round-trips text, numbers, empty cells and XML special characters', () => {
    const rows = [
      ['a<b>&"c"', 12.5, ''],
      ['', '多行\n文本', 'x'],
    ];
    expect(readXlsx(writeXlsx(rows))).toEqual([
      ['a<b>&"c"', '12.5', ''],
      ['', '多行\n文本', 'x'],
    ]);
  });
});
