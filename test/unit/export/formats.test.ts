import { describe, expect, it } from 'vitest';
import { csvChunk, toCsv, toJson, toXlsx, type Table } from '@/utils/export/formats';
import { readXlsx } from '@/utils/files/xlsx';

const table = (rows: Table['rows']): Table => ({ columns: [{ key: 'a', label: '列A' }, { key: 'b', label: '列B' }], rows });

describe('CSV export for Excel', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = toCsv(table([{ a: '张三', b: 1 }]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF列A,列B\r\n张三,1\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvChunk(table([{ a: 'a,b', b: 'say "hi"' }, { a: '两行\n文本', b: '' }]), false)).toBe('"a,b","say ""hi"""\r\n"两行\n文本",');
  });

  it.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+86 138', `"'+86 138"`],
    ['-1+1', `"'-1+1"`],
    ['@cmd', `"'@cmd"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ['=1+1\n第二行', `"'=1+1\n第二行"`], // Papa Parse's default pattern misses this one
    ['a=b', 'a=b'],
  ])('neutralises %j against formula injection', (value, expected) => {
    expect(csvChunk(table([{ a: value, b: 'x' }]), false)).toBe(`${expected},x`);
  });

  it('leaves numbers and booleans as values', () => {
    expect(csvChunk(table([{ a: -5, b: true }]), false)).toBe('-5,是');
  });
});

describe('XLSX and JSON export', () => {
  it('writes an XLSX that reads back, header first, string cells carrying their text without a neutralising quote', () => {
    const rows = readXlsx(toXlsx(table([{ a: '客户-王总', b: 3 }, { a: '=HYPERLINK("x")', b: null }])));
    expect(rows).toEqual([
      ['列A', '列B'],
      ['客户-王总', '3'],
      ['=HYPERLINK("x")', ''],
    ]);
  });

  it('writes JSON that parses back, one row per line, also with no rows', () => {
    const text = toJson([{ key: 'a', label: 'A' }], [{ a: 1 }, { a: '二\n行' }], { kind: 'x' });
    expect(JSON.parse(text)).toEqual({ schemaVersion: 3, kind: 'x', columns: [{ key: 'a', label: 'A' }], rows: [{ a: 1 }, { a: '二\n行' }] });
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(toJson([], [], {})).rows).toEqual([]);
  });

  it('writes JSON with a schema version', () => {
    const t = table([{ a: 'x', b: 1 }]);
    const json = JSON.parse(toJson(t.columns, t.rows, { kind: 'interactions' }));
    expect(json).toMatchObject({ schemaVersion: 3, kind: 'interactions', rows: [{ a: 'x', b: 1 }] });
  });
});
