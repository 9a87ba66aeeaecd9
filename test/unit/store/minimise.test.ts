import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type QunGuardDb } from '@/utils/store/db';
import { ingestEvents } from '@/utils/store/ingest';
import { linkWithoutQuery, maskPii, storedLink } from '@/utils/store/minimise';
import { messageEvent } from '../helpers/events';

describe('links stored with message text off', () => {
  it.each([
    ['https://pan.example.com/s/abc?pwd=8888&token=tok_SECRET', 'https://pan.example.com/s/abc'],
    ['https://example.com/a/b#section', 'https://example.com/a/b'],
    ['https://user:pass@example.com:8443/x?y=1', 'https://example.com:8443/x'],
    ['https://example.com', 'https://example.com/'],
    ['pan.example.com/s/abc?pwd=1', 'pan.example.com/s/abc'],
    ['weixin://dl/business?t=abc', 'weixin://dl/business'],
  ])('%s is kept as %s', (link, stored) => {
    expect(linkWithoutQuery(link)).toBe(stored);
  });

  it('masks a phone number in the path and keeps the link whole when the policy keeps text', () => {
    expect(storedLink('https://example.com/u/13812345678?x=1', false)).toBe('https://example.com/u/138****5678');
    expect(storedLink('https://example.com/u/13812345678?x=1', true)).toBe('https://example.com/u/13812345678?x=1');
  });
});

describe('personal data masked in stored fields', () => {
  it.each([
    ['报价单-13812345678.pdf', '报价单-138****5678.pdf'],
    ['身份证110101199003074514.jpg', '身份证110***********4514.jpg'],
    ['wang.zong@example.com 合同.docx', 'wan**************.com 合同.docx'],
    ['Q3报价单.xlsx', 'Q3报价单.xlsx'],
  ])('%s is stored as %s', (value, stored) => {
    expect(maskPii(value)).toBe(stored);
  });
});

describe('ingest applies minimisation where rows are stored', () => {
  let db: QunGuardDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`qunguard-minimise-test-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a customer message link as scheme + host + path and masks a phone number in its file name', async () => {
    const event = messageEvent({ links: ['https://pan.example.com/s/abc?pwd=8888&token=tok_SECRET'], fileName: '王总13812345678.pdf' });
    await ingestEvents(db, [event], { storeText: false, maxTextChars: 500 });
    const [row] = await db.messages.toArray();
    expect(row!.links).toEqual(['https://pan.example.com/s/abc']);
    expect(row!.fileName).toBe('王总138****5678.pdf');
  });

  it('keeps the full link when the policy keeps message text', async () => {
    const event = messageEvent({ links: ['https://pan.example.com/s/abc?pwd=8888'] });
    await ingestEvents(db, [event], { storeText: true, maxTextChars: 500 });
    expect((await db.messages.toArray())[0]!.links).toEqual(['https://pan.example.com/s/abc?pwd=8888']);
  });
});
