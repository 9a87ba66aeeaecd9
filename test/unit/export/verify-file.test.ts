import { describe, expect, it } from 'vitest';
import { chainRows } from '@/utils/export/chain';
import { GENESIS } from '@/utils/tamper/link';
import { csvChunk, textRecord, toCsv, toJson, toXlsx, unneutralise, type Cell } from '@/utils/export/formats';
import { CHAIN_COLUMNS, COLUMNS } from '@/utils/export/source';
import { verifyExportFile } from '@/utils/export/verify-file';
import { exportWriter } from '@/utils/export/writer';

const columns = [...COLUMNS.nickname, ...CHAIN_COLUMNS];
const RECORDS: Array<Record<string, Cell>> = [
  { at: '2026-11-23T02:00:00.000Z', account: '陈经理', chat: '销售协作群', name: '李四', verdict: 'bad', reasons: 'missing-field', suggestion: '销售部-李四' },
  { at: '2026-11-23T02:01:00.000Z', account: '陈经理', chat: '销售协作群', name: '=HYPERLINK("x")', verdict: 'bad', reasons: 'pattern', suggestion: '' },
  { at: '2026-11-23T02:02:00.000Z', account: '陈经理', chat: '销售协作群', name: "'=已带引号", verdict: 'outsider', reasons: '', suggestion: null },
  { at: '2026-11-23T02:03:00.000Z', account: '陈经理', chat: '客户群, "A"', name: '两行\n名字', verdict: 'bad', reasons: 'spaces', suggestion: '-5' },
];

function exported(records = RECORDS) {
  const { chained } = chainRows(records.map(textRecord), { seq: 0, hash: GENESIS });
  return records.map((record, i) => ({ ...record, seq: chained[i]!.seq, hash: chained[i]!.hash }));
}
const csvBytes = (rows: Array<Record<string, Cell>>) => new TextEncoder().encode(toCsv({ columns, rows }));
const types = (result: ReturnType<typeof verifyExportFile>) => ('problems' in result ? result.problems.map((p) => p.type) : result.error);

describe('neutralised cells', () => {
  it.each(['=SUM(A1)', "'=already quoted", "''+86", '-5', '@x', 'plain', "it's"])('read back exactly: %j', (value) => {
    const written = csvChunk({ columns: [{ key: 'a', label: 'a' }], rows: [{ a: value }] }, false).replace(/^"|"$/g, '');
    expect(unneutralise(written)).toBe(value);
  });
});

describe('校验 of CSV and XLSX exports', () => {
  it('passes an untouched CSV, and says rows cut from its end cannot be seen', () => {
    expect(verifyExportFile(csvBytes(exported()))).toMatchObject({ ok: true, rows: 4, format: 'csv', endUnchecked: true, problems: [] });
  });

  it('finds an edited cell, a removed row and swapped rows in a CSV', () => {
    const rows = exported();
    expect(types(verifyExportFile(csvBytes([rows[0]!, { ...rows[1]!, name: '改过' }, rows[2]!, rows[3]!])))).toEqual(['edited']);
    expect(types(verifyExportFile(csvBytes([rows[0]!, rows[2]!, rows[3]!])))).toEqual(['removed']);
    expect(types(verifyExportFile(csvBytes([rows[0]!, rows[2]!, rows[1]!, rows[3]!])))).toEqual(['reordered']);
    expect(types(verifyExportFile(csvBytes([...rows, { ...rows[1]!, name: '插入' }])))).toEqual(['inserted']);
  });

  it('passes an untouched XLSX and finds an edited one', () => {
    const rows = exported();
    expect(verifyExportFile(toXlsx({ columns, rows }))).toMatchObject({ ok: true, rows: 4, format: 'xlsx' });
    expect(types(verifyExportFile(toXlsx({ columns, rows: [{ ...rows[0]!, chat: '别的群' }, ...rows.slice(1)] })))).toEqual(['edited']);
  });

  it('still verifies a JSON export, with its manifest', () => {
    const { chained, state } = chainRows(RECORDS.map(textRecord));
    const json = toJson(COLUMNS.nickname, chained, { manifest: { algorithm: 'SHA-256', count: chained.length, lastHash: state.hash, createdAt: 'x' } });
    expect(verifyExportFile(new TextEncoder().encode(json))).toMatchObject({ ok: true, rows: 4, format: 'json', endUnchecked: false });
  });

  it('answers a spreadsheet without the chain columns with a clear error', () => {
    expect(verifyExportFile(new TextEncoder().encode('姓名,部门\n张三,销售部\n'))).toMatchObject({ ok: false, error: 'noChainColumns' });
    expect(verifyExportFile(new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({ ok: false, error: 'notAnExport' });
  });
});

describe('校验 that a manager can trust', () => {
  const problems = (result: ReturnType<typeof verifyExportFile>) => ('problems' in result ? result.problems : []);

  it('reports two adjacent rows exchanged as one swap, with no phantom deletions', () => {
    const rows = exported();
    expect(problems(verifyExportFile(csvBytes([rows[0]!, rows[2]!, rows[1]!, rows[3]!])))).toEqual([{ type: 'reordered', code: 'swapped', row: 4, seq: 1, after: 2 }]);
  });

  it('reports a row moved further as moved, and a removed row as removed', () => {
    const rows = exported();
    expect(problems(verifyExportFile(csvBytes([rows[1]!, rows[2]!, rows[3]!, rows[0]!])))).toEqual([{ type: 'reordered', code: 'reordered', row: 5, seq: 0, after: 3 }]);
    expect(problems(verifyExportFile(csvBytes([rows[0]!, rows[1]!, rows[3]!])))).toEqual([{ type: 'removed', code: 'removed', seq: 2, to: 2 }]);
  });

  it('reports a CSV cell whose neutralising quote was stripped, as it would run as a formula in Excel', () => {
    const text = new TextDecoder().decode(csvBytes(exported())).replace(`"'=HYPERLINK(""x"")"`, `"=HYPERLINK(""x"")"`);
    expect(problems(verifyExportFile(new TextEncoder().encode(text)))).toEqual([{ type: 'formula', code: 'formulaCell', row: 3, column: '昵称' }]);
  });

  it('verifies a schema-2 XLSX whose string cells still carry the quote', () => {
    const rows = exported().map((r: Record<string, Cell>) => ({ ...r, name: typeof r.name === 'string' && /^'*[=+\-@]/.test(r.name) ? `'${r.name}` : r.name, suggestion: r.suggestion === '-5' ? "'-5" : r.suggestion }));
    expect(verifyExportFile(toXlsx({ columns, rows }))).toMatchObject({ ok: true, rows: 4, format: 'xlsx' });
  });
});

describe('files written by exportWriter', () => {
  it.each(['csv', 'xlsx', 'json'] as const)('verify as %s, also when written in several chunks', async (format) => {
    const writer = exportWriter('nickname', format);
    writer.add(RECORDS.slice(0, 1));
    writer.add(RECORDS.slice(1));
    const file = writer.finish({ store: { seq: 9, hash: GENESIS } });
    expect(file.extension).toBe(format);
    const bytes = new Uint8Array(await new Blob(file.parts).arrayBuffer());
    expect(verifyExportFile(bytes)).toMatchObject({ ok: true, rows: RECORDS.length, format });
  });

  it('writes the header of an empty CSV', async () => {
    const file = exportWriter('nickname', 'csv').finish({});
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(file.parts).arrayBuffer());
    expect(text).toBe(`\uFEFF${COLUMNS.nickname.map((c) => c.label).join(',')},序号,哈希\r\n`);
  });
});
