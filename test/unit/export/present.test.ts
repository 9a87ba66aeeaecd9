import { afterEach, describe, expect, it } from 'vitest';
import { chainRows } from '@/utils/export/chain';
import { localTime, presentRecord } from '@/utils/export/present';
import { COLUMNS } from '@/utils/export/source';
import { verifyExportFile } from '@/utils/export/verify-file';
import { exportWriter } from '@/utils/export/writer';
import { setLocale } from '@/utils/i18n';

const ZONE = 'Asia/Shanghai';
const MESSAGE = {
  time: '2026-12-02T01:55:00.000Z',
  timeSource: 'first-seen',
  account: '陈经理',
  chat: '客户-王总',
  chatClass: 'customer',
  direction: 'in',
  senderName: '王总',
  type: 'text',
  text: '',
  textLength: 12,
  fileName: '',
  links: ['https://example.com/a'],
  recalled: false,
  msgId: '3276257714766086428',
};
const DECISION = {
  at: '2026-12-02T01:55:00.000Z',
  kind: 'decision',
  account: '陈经理',
  chat: '客户-王总',
  action: 'send',
  decision: 'sent-anyway',
  reason: '客户要求',
  rules: ['term:business:合同', 'pii:mobile', 'forward:external', 'quiet-hours'],
  categories: ['business', 'pii:mobile'],
  destinationClasses: ['customer', 'internal'],
};

afterEach(() => setLocale('zh-CN'));

describe('exported times for people', () => {
  it.each([
    ['2026-12-02T01:55:00.000Z', 'Asia/Shanghai', '2026-12-02 09:55:00'],
    ['2026-12-01T16:00:05.000Z', 'Asia/Shanghai', '2026-12-02 00:00:05'],
    ['2026-12-02T01:55:00.000Z', 'Europe/Berlin', '2026-12-02 02:55:00'],
    ['页面时间', 'Asia/Shanghai', '页面时间'],
  ])('%s in %s reads %s', (iso, zone, shown) => {
    expect(localTime(iso, zone)).toBe(shown);
  });
});

describe('exported codes as words in the UI language', () => {
  it('words a customer message in Chinese', () => {
    expect(presentRecord('interactions', COLUMNS.interactions, MESSAGE, { timeZone: ZONE })).toMatchObject({
      time: '2026-12-02 09:55:00',
      timeSource: '首次看到',
      chatClass: '客户',
      direction: '收',
      type: '文字',
      recalled: '否',
      textLength: '12',
      links: 'https://example.com/a',
    });
  });

  it('words a guard decision in Chinese and in English', () => {
    expect(presentRecord('decisions', COLUMNS.decisions, DECISION, { timeZone: ZONE })).toMatchObject({
      kind: '决定',
      action: '发送',
      decision: '仍然发送',
      rules: '商业机密：合同、手机号、转发到外部聊天、免打扰时段',
      categories: '商业机密、手机号',
      destinationClasses: '客户、内部',
    });
    setLocale('en');
    expect(presentRecord('decisions', COLUMNS.decisions, DECISION, { timeZone: ZONE })).toMatchObject({
      decision: 'Sent anyway',
      rules: 'Business secrets: 合同, Mobile number, Forward to: External, Quiet hours',
      destinationClasses: 'Customer, Internal',
    });
  });

  it('words nickname reasons and notice types, and shows words from schema-2 files as they are', () => {
    expect(presentRecord('nickname', COLUMNS.nickname, { at: '', verdict: 'bad', reasons: ['missing-field', 'spaces'] }, { timeZone: ZONE })).toMatchObject({
      verdict: '不合规',
      reasons: '缺少部门等必填部分、含多余空格或全角空格',
    });
    expect(presentRecord('notices', COLUMNS.notices, { type: 'receipt' }, { timeZone: ZONE }).type).toBe('回执');
    expect(presentRecord('interactions', COLUMNS.interactions, { ...MESSAGE, direction: '收', chatClass: '客户' }, { timeZone: ZONE })).toMatchObject({ direction: '收', chatClass: '客户' });
  });

  it('keeps the machine codes in the optional 代码 column', () => {
    const shown = presentRecord('decisions', COLUMNS.decisions, DECISION, { timeZone: ZONE, codes: true });
    expect(JSON.parse(shown.codes!)).toMatchObject({ at: '2026-12-02T01:55:00.000Z', decision: 'sent-anyway', rules: DECISION.rules });
  });
});

describe('exports written for people still verify', () => {
  const bytesOf = async (parts: BlobPart[]) => new Uint8Array(await new Blob(parts).arrayBuffer());

  it.each(['csv', 'xlsx'] as const)('a decisions %s with words, local times and the 代码 column verifies', async (format) => {
    const writer = exportWriter('decisions', format, { timeZone: ZONE, codes: true });
    writer.add([DECISION, { ...DECISION, decision: 'cancelled' }]);
    const bytes = await bytesOf(writer.finish({}).parts);
    if (format === 'csv') {
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain('2026-12-02 09:55:00');
      expect(text).toContain('仍然发送');
      expect(text).not.toContain('T01:55:00.000Z,');
    }
    expect(verifyExportFile(bytes)).toMatchObject({ ok: true, rows: 2, format });
  });

  it('a JSON export keeps ISO times and codes, lists as lists, and names its time zone', async () => {
    const writer = exportWriter('decisions', 'json', { timeZone: ZONE });
    writer.add([DECISION]);
    const data = JSON.parse(new TextDecoder().decode(await bytesOf(writer.finish({}).parts)));
    expect(data).toMatchObject({ schemaVersion: 3, timeZone: ZONE, rows: [{ seq: 0, row: DECISION }] });
    expect(chainRows([DECISION]).chained[0]!.hash).toBe(data.rows[0].hash);
  });
});
