// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installAppBridge } from '@/utils/site/wechat-web/app-bridge';
import { APP_MODEL_EVENT, APP_MODEL_RESYNC_EVENT, type RawPost } from '@/utils/site/wechat-web/app-protocol';
import { parseAppModelPost } from '@/utils/site/wechat-web/app-model';

const ROOM = '@@4a1f';
const LIU = '@9c2e';
const WANG = '@77ab';

interface FakeMessage {
  MsgId: string;
  LocalID: string;
  MMPeerUserName: string;
  MsgType: number;
  MMIsSend: boolean;
  MMActualSender?: string;
  MMActualContent: string;
  CreateTime: number;
  MMStatus?: number;
  MMRecall?: boolean;
}

/** A stand-in for the app's window: the stores the real app publishes, and the page's timers. */
function appWindow() {
  const doc = document.implementation.createHTMLDocument('web WeChat');
  const posts: RawPost[] = [];
  doc.addEventListener(APP_MODEL_EVENT, (e) => posts.push(JSON.parse((e as CustomEvent<string>).detail) as RawPost));
  const win = {
    document: doc,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    _chatContent: {} as Record<string, FakeMessage[]>,
    _contacts: {
      [LIU]: { UserName: LIU, NickName: '刘总', RemarkName: '客户-刘总' },
      [ROOM]: { UserName: ROOM, NickName: '客户-华东项目群', MemberCount: 4, MemberList: [{ UserName: LIU, NickName: '刘总', DisplayName: '' }, { UserName: WANG, NickName: '王五', DisplayName: '华东-王五' }, { UserName: '@55cd', NickName: '赵六', DisplayName: '' }, { UserName: '@66ef', NickName: '孙七' }] },
    } as Record<string, unknown>,
    _strangerContacts: { [WANG]: { UserName: WANG, NickName: '王五' } } as Record<string, unknown>,
  };
  const messages = () => posts.flatMap((p) => (p.kind === 'batch' ? p.messages : []));
  return { win, doc, posts, messages };
}

let seq = 0;
const incoming = (chat: string, text: string, extra: Partial<FakeMessage> = {}): FakeMessage => {
  const id = String(4000000000000000000n + BigInt(++seq));
  return { MsgId: id, LocalID: id, MMPeerUserName: chat, MsgType: 1, MMIsSend: false, MMActualContent: text, CreateTime: Math.floor(Date.now() / 1000), ...extra };
};

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-02T02:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('the read-only bridge into web WeChat’s model', () => {
  it('says the model is live and posts every message already held, also of chats never opened', () => {
    const { win, posts, messages } = appWindow();
    win._chatContent[LIU] = [incoming(LIU, '合同什么时候寄出？'), incoming(LIU, '收到')];
    installAppBridge(win as never);
    expect(posts[0]).toEqual({ v: 1, kind: 'state', state: 'live' });
    expect(messages().map((m) => m.content)).toEqual(['合同什么时候寄出？', '收到']);
    const chats = posts.flatMap((p) => (p.kind === 'batch' ? p.chats : []));
    expect(chats.find((c) => c.id === LIU)?.name).toBe('客户-刘总');
    expect(chats.find((c) => c.id === ROOM)?.members).toEqual([
      // As the member list shows a member: the remark name first, then the group nickname, then the nickname.
      { id: LIU, name: '客户-刘总', nameFrom: 'remark' },
      { id: WANG, name: '华东-王五', nameFrom: 'group' },
      { id: '@55cd', name: '赵六', nameFrom: 'nickname' },
      { id: '@66ef', name: '孙七' }, // its entry not loaded (no DisplayName at all): nothing said about the name
    ]);
  });

  it('posts 500 new messages in chunks of at most 50, each once', () => {
    const { win, posts, messages } = appWindow();
    installAppBridge(win as never);
    win._chatContent[LIU] = Array.from({ length: 500 }, (_, i) => incoming(LIU, `第 ${i + 1} 条`));
    vi.advanceTimersByTime(1000);
    for (let i = 0; i < 25; i++) vi.advanceTimersByTime(1); // each chunk in its own task
    const batches = posts.filter((p) => p.kind === 'batch' && p.messages.length);
    expect(batches.length).toBeGreaterThanOrEqual(10);
    expect(batches.every((p) => p.kind === 'batch' && p.messages.length <= 50)).toBe(true);
    expect(new Set(messages().map((m) => m.id)).size).toBe(500);
    expect(messages()).toHaveLength(500);
  });

  it('posts an own send only once it is sent or failed, and again when a failed send is resent', () => {
    const { win, messages } = appWindow();
    installAppBridge(win as never);
    const own: FakeMessage = { MsgId: '17646400000001234', LocalID: '17646400000001234', MMPeerUserName: LIU, MsgType: 1, MMIsSend: true, MMActualContent: '发货单已准备好', CreateTime: 1_764_640_900, MMStatus: 1 };
    win._chatContent[LIU] = [own];
    vi.advanceTimersByTime(1000);
    expect(messages()).toHaveLength(0);
    own.MMStatus = 5;
    vi.advanceTimersByTime(1000);
    expect(messages().map((m) => [m.id, m.status])).toEqual([['17646400000001234', 5]]);
    own.MMStatus = 2;
    own.MsgId = '4000000000000000999';
    vi.advanceTimersByTime(5 * 60_000); // resent long after the recall window: a failed send stays watched
    expect(messages().at(-1)).toMatchObject({ id: '4000000000000000999', localId: '17646400000001234', status: 2 });
  });

  it('posts a recall the app made in a chat that is closed', () => {
    const { win, messages } = appWindow();
    const original = incoming(LIU, '这个价格先别外传');
    win._chatContent[LIU] = [original];
    installAppBridge(win as never);
    Object.assign(original, { MMRecall: true, MsgType: 10000, MMActualContent: '"刘总" 撤回了一条消息' });
    vi.advanceTimersByTime(1000);
    expect(messages().at(-1)).toMatchObject({ id: original.MsgId, recalled: true });
  });

  it('posts everything again when a content script asks (it started after the bridge)', () => {
    const { win, doc, messages } = appWindow();
    win._chatContent[LIU] = [incoming(LIU, '一'), incoming(LIU, '二')];
    installAppBridge(win as never);
    doc.dispatchEvent(new CustomEvent(APP_MODEL_RESYNC_EVENT));
    expect(messages()).toHaveLength(4);
  });

  it('says the model is unavailable on a page that never publishes it, and keeps looking', () => {
    const { win, doc, posts } = appWindow();
    const bare = { ...win, _chatContent: undefined, _contacts: undefined };
    Object.defineProperty(doc, 'readyState', { value: 'complete' });
    installAppBridge(bare as never);
    vi.advanceTimersByTime(2500);
    expect(posts).toEqual([{ v: 1, kind: 'state', state: 'unavailable' }]);
    bare._chatContent = { [LIU]: [incoming(LIU, '迟到的应用')] } as never;
    bare._contacts = win._contacts as never;
    vi.advanceTimersByTime(2100);
    expect(posts.some((p) => p.kind === 'state' && p.state === 'live')).toBe(true);
  });

  it('gives the content script what it validates into site-neutral messages with the app’s send time', () => {
    const { win, posts } = appWindow();
    const quote = incoming(ROOM, '报价单&lt;终版&gt;<br/>请查收', { MMActualSender: WANG });
    win._chatContent[ROOM] = [quote];
    installAppBridge(win as never);
    const batch = posts.find((p) => p.kind === 'batch')!;
    const update = parseAppModelPost(JSON.stringify(batch), 0);
    expect(update?.kind === 'batch' && update.messages[0]).toMatchObject({
      chat: { name: '客户-华东项目群', kind: 'group', sessionId: ROOM },
      senderName: '华东-王五',
      senderId: WANG,
      text: '报价单<终版>\n请查收',
      time: quote.CreateTime * 1000,
    });
  });
});
