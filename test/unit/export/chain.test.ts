import { describe, expect, it } from 'vitest';
import { chainRows, verifyChain, verifyExportText, type ChainedRow, type Manifest } from '@/utils/export/chain';
import { canonical } from '@/utils/tamper/canonical';

const ROWS = Array.from({ length: 6 }, (_, i) => ({ chat: '客户-王总', msgId: String(i), text: `第 ${i} 条` }));

async function exported(): Promise<{ rows: ChainedRow[]; manifest: Manifest }> {
  const { chained, state } = await chainRows(ROWS);
  return { rows: chained, manifest: { algorithm: 'SHA-256', count: chained.length, lastHash: state.hash, createdAt: 'x' } };
}
const types = (v: Awaited<ReturnType<typeof verifyChain>>) => v.problems.map((p) => p.type);

describe('export hash chain', () => {
  it('hashes rows the same whatever the key order', () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonical({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it('passes a clean file', async () => {
    const { rows, manifest } = await exported();
    expect(await verifyChain(rows, manifest)).toEqual({ ok: true, rows: 6, problems: [] });
  });

  it('continues a chain across chunks to the same result', async () => {
    const a = await chainRows(ROWS.slice(0, 2));
    const b = await chainRows(ROWS.slice(2), a.state);
    expect([...a.chained, ...b.chained].map((r) => r.hash)).toEqual((await exported()).rows.map((r) => r.hash));
  });

  it('detects an edited row', async () => {
    const { rows, manifest } = await exported();
    rows[2] = { ...rows[2]!, row: { ...rows[2]!.row, text: '改过的' } };
    expect(types(await verifyChain(rows, manifest))).toEqual(['edited']);
  });

  it('detects a removed row, at the start, middle and end', async () => {
    const { rows, manifest } = await exported();
    expect(types(await verifyChain(rows.filter((r) => r.seq !== 3), manifest))).toEqual(['removed']);
    expect(types(await verifyChain(rows.slice(1), manifest))).toEqual(['removed']);
    expect(types(await verifyChain(rows.slice(0, 5), manifest))).toEqual(['removed']);
  });

  it('detects an inserted row', async () => {
    const { rows, manifest } = await exported();
    const fake = { ...rows[1]!, row: { chat: '客户-王总', msgId: '99', text: '伪造' } };
    expect(types(await verifyChain([...rows.slice(0, 2), fake, ...rows.slice(2)], manifest))).toContain('inserted');
    expect(types(await verifyChain([...rows, { row: { a: 1 } } as unknown as ChainedRow], manifest))).toEqual(['inserted']);
    expect(types(await verifyChain([...rows, null, 7] as unknown as ChainedRow[], manifest))).toEqual(['inserted', 'inserted']);
  });

  it('reports two exchanged rows as one swap and nothing else', async () => {
    const { rows, manifest } = await exported();
    const swapped = [rows[0]!, rows[2]!, rows[1]!, ...rows.slice(3)];
    expect((await verifyChain(swapped, manifest)).problems).toEqual([{ type: 'reordered', code: 'swapped', row: 3, seq: 1, after: 2 }]);
  });

  it('answers a file that is not an export with a clear error', async () => {
    expect(await verifyExportText('not json')).toEqual({ ok: false, error: 'notJson' });
    expect(await verifyExportText('{"x":1}')).toEqual({ ok: false, error: 'noRows' });
  });
});


describe('canonical row text', () => {
  it.each([
    [{ b: 1, a: 'x', c: undefined, d: null, e: [1, 'two', null, undefined], f: true }, '{"a":"x","b":1,"d":null,"e":[1,"two",null,null],"f":true}'],
    [{ z: { y: 2, x: [{ b: 1, a: 2 }] }, a: [] }, '{"a":[],"z":{"x":[{"a":2,"b":1}],"y":2}}'],
    [{ s: '引号"和\n换行' }, '{"s":"引号\\"和\\n换行"}'],
  ])('writes %j the same on the fast and the nested path', (row, text) => {
    expect(canonical(row)).toBe(text);
  });
});
