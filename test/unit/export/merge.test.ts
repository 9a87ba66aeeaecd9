import { describe, expect, it } from 'vitest';
import { chainRows } from '@/utils/export/chain';
import { mergeExports } from '@/utils/export/merge';

async function exportFile(rows: Array<Record<string, unknown>>) {
  const { chained, state } = await chainRows(rows);
  return JSON.stringify({ schemaVersion: 1, kind: 'interactions', manifest: { algorithm: 'SHA-256', count: chained.length, lastHash: state.hash, createdAt: 'x' }, rows: chained });
}
const msg = (account: string, msgId: string, direction: '收' | '发', chat = '客户-王总') => ({ time: `2026-11-23T0${msgId}:00:00Z`, account, chat, msgId, direction });

describe('team merge of staff exports', () => {
  it('merges files, drops rows exported twice, verifies each file and breaks down per staff member', async () => {
    const zhang = await exportFile([msg('张三', '1', '收'), msg('张三', '2', '发')]);
    const zhangAgain = await exportFile([msg('张三', '2', '发'), msg('张三', '3', '收')]); // overlaps the first
    const li = await exportFile([msg('李四', '1', '收', '客户-李总')]);
    const result = await mergeExports([
      { name: 'zhang-1.json', text: zhang },
      { name: 'zhang-2.json', text: zhangAgain },
      { name: 'li.json', text: li },
    ]);
    expect(result.rows.map((r) => `${r.account}:${r.msgId}`)).toEqual(['张三:1', '李四:1', '张三:2', '张三:3']);
    expect(result.duplicates).toBe(1);
    expect(result.files.map((f) => [f.name, f.verification?.ok])).toEqual([
      ['zhang-1.json', true],
      ['zhang-2.json', true],
      ['li.json', true],
    ]);
    expect(result.staff).toEqual([
      { account: '张三', rows: 3, chats: 1, incoming: 2, outgoing: 1 },
      { account: '李四', rows: 1, chats: 1, incoming: 1, outgoing: 0 },
    ]);
  });

  it('flags an edited file and a file that is not an export, and still merges the readable ones', async () => {
    const good = await exportFile([msg('张三', '1', '收')]);
    const edited = JSON.parse(await exportFile([msg('李四', '2', '发')]));
    edited.rows[0].row.direction = '收';
    const result = await mergeExports([
      { name: 'good.json', text: good },
      { name: 'edited.json', text: JSON.stringify(edited) },
      { name: 'notes.txt', text: 'hello' },
    ]);
    expect(result.files.map((f) => [f.name, f.verification?.ok ?? null, f.error ?? null])).toEqual([
      ['good.json', true, null],
      ['edited.json', false, null],
      ['notes.txt', null, 'notJson'],
    ]);
    expect(result.rows).toHaveLength(2);
  });
});
