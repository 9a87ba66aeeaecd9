// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { appHtmlToText, decodeEntities, parseAppModelPost, watchAppModel } from '@/utils/site/wechat-web/app-model';
import { APP_MODEL_EVENT, APP_MODEL_RESYNC_EVENT } from '@/utils/site/wechat-web/app-protocol';

const chat = { id: '@9c2e', name: '客户-刘总' };
const message = (overrides: Record<string, unknown> = {}) => ({
  id: '4000000000000000001',
  chat: '@9c2e',
  type: 1,
  subType: 0,
  appType: 0,
  send: false,
  sender: '',
  senderName: '',
  content: '你好',
  fileName: '',
  url: '',
  time: 1_764_640_800,
  ...overrides,
});
const post = (messages: unknown[], chats: unknown[] = [chat], extra: Record<string, unknown> = {}) => JSON.stringify({ v: 1, kind: 'batch', messages, chats, ...extra });
const messagesOf = (detail: string) => {
  const update = parseAppModelPost(detail, 42);
  return update?.kind === 'batch' ? update.messages : null;
};

describe('reading the app’s HTML as text, without parsing it as a document', () => {
  it.each([
    ['报价<br/>明细', '报价\n明细'],
    ['好的<img class="qqemoji qqemoji0" text="[微笑]_web" src="/zh_CN/htmledition/v2/images/spacer.gif">', '好的[微笑]'],
    ['<span class="emoji emoji1f604"></span>收到', '收到'],
    ['A&amp;B &lt;script&gt; &#39;x&#39; &#x1F600;', "A&B <script> 'x' 😀"],
    ['<a target="_blank" href="/cgi-bin/mmwebwx-bin/webwxcheckurl?requrl=https%3A%2F%2Fexample.com%2Fq">https://example.com/q</a>', 'https://example.com/q'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s → %s', (html, text) => {
    expect(appHtmlToText(html)).toBe(text);
  });

  it('leaves code points outside Unicode as written', () => {
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });
});

describe('validating what the page-world bridge posts', () => {
  it('turns a message into the site-neutral shape with the app’s send time in ms', () => {
    expect(messagesOf(post([message()]))).toEqual([
      { msgId: '4000000000000000001', chat: { name: '客户-刘总', kind: 'direct', sessionId: '@9c2e' }, direction: 'in', senderName: '客户-刘总', type: 'text', text: '你好', links: [], firstSeenAt: 42, time: 1_764_640_800_000 },
    ]);
  });

  it.each([
    ['a file', { type: 49, appType: 6, fileName: '报价单.xlsx' }, { type: 'file', fileName: '报价单.xlsx' }],
    ['a link', { type: 49, appType: 5, fileName: '产品手册', url: 'https://example.com/a' }, { type: 'link', text: '产品手册', links: ['https://example.com/a'] }],
    ['a location', { subType: 48 }, { type: 'location' }],
    ['an image', { type: 3, content: '<img src="x">' }, { type: 'image' }],
    ['a failed own send', { send: true, status: 5, id: '17646400000001234' }, { direction: 'out', sendFailed: true }],
    ['a recalled message', { recalled: true, type: 10000, content: '"刘总" 撤回了一条消息' }, { type: 'recall', recalled: true, text: '"刘总" 撤回了一条消息' }],
    ['an own send with its local id', { send: true, status: 2, localId: '17646400000001234' }, { direction: 'out', localId: '17646400000001234' }],
  ])('reads %s', (_label, fields, expected) => {
    expect(messagesOf(post([message(fields)]))?.[0]).toMatchObject(expected);
  });

  it.each([
    ['a message id that is not digits', { id: '12ab' }],
    ['a chat the post does not describe', { chat: '@ffff' }],
    ['a time that is not a number', { time: 'soon' }],
  ])('drops %s and keeps the rest of the post', (_label, fields) => {
    expect(messagesOf(post([message(fields), message({ id: '4000000000000000002' })]))?.map((m) => m.msgId)).toEqual(['4000000000000000002']);
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['another bridge version', JSON.stringify({ v: 2, kind: 'batch', messages: [], chats: [] })],
    ['more than 1,000 messages', post(Array.from({ length: 1001 }, () => message()))],
    ['a post larger than 8,000,000 characters', post([message({ content: 'x'.repeat(8_000_001) })])],
    ['an unknown kind', JSON.stringify({ v: 1, kind: 'reset' })],
  ])('ignores %s', (_label, detail) => {
    expect(parseAppModelPost(detail, 0)).toBeNull();
  });

  it('cuts message text at 20,000 characters and names at 500', () => {
    const [m] = messagesOf(post([message({ content: '长'.repeat(30_000) })], [{ id: '@9c2e', name: '名'.repeat(900) }]))!;
    expect(m!.text).toHaveLength(20_000);
    expect(m!.chat.name).toHaveLength(500);
  });

  it('reads a group’s members with their session ids, skipping malformed entries', () => {
    const update = parseAppModelPost(post([], [{ id: '@@4a1f', name: '客户-华东项目群', memberCount: 3, members: [{ id: '@9c2e', name: '刘总', nameFrom: 'nickname' }, { id: 'not an id!', name: 'x' }, { id: '@77ab', name: '' }, { id: '@55cd', name: '赵六', nameFrom: 'somewhere' }] }]), 0);
    // What a name is passes through when it is one of the three; anything else is dropped, not trusted.
    expect(update?.kind === 'batch' && update.chats[0]).toEqual({ name: '客户-华东项目群', kind: 'group', sessionId: '@@4a1f', memberCount: 3, members: [{ name: '刘总', sessionId: '@9c2e', nameFrom: 'nickname' }, { name: '赵六', sessionId: '@55cd' }] });
  });

  it('listens until its signal aborts and asks the bridge for everything once', () => {
    const doc = document.implementation.createHTMLDocument('page');
    let resyncs = 0;
    doc.addEventListener(APP_MODEL_RESYNC_EVENT, () => resyncs++);
    const got: unknown[] = [];
    const abort = new AbortController();
    watchAppModel(doc, abort.signal, (u) => got.push(u));
    expect(resyncs).toBe(1);
    doc.dispatchEvent(new CustomEvent(APP_MODEL_EVENT, { detail: JSON.stringify({ v: 1, kind: 'state', state: 'live' }) }));
    abort.abort();
    doc.dispatchEvent(new CustomEvent(APP_MODEL_EVENT, { detail: JSON.stringify({ v: 1, kind: 'state', state: 'unavailable' }) }));
    expect(got).toEqual([{ kind: 'state', live: true }]);
  });
});
