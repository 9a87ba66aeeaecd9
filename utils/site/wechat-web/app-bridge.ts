/**
 * The read-only bridge into web WeChat's own model, run in the page's JavaScript world (./page-world.ts installs
 * it). The app keeps every message of every chat in `window._chatContent` (chatFactory's `_chatMessages`, one array
 * per chat, also for chats that are closed or scrolled away) and every contact, with each group's `MemberList`, in
 * `window._contacts` / `window._strangerContacts` (contactFactory). This file reads those, and listens to the app's
 * `$rootScope` broadcasts `message:add:success` and `root:msgSend:success` only to notice changes sooner.
 *
 * It never calls a method of the app (several of them have side effects: `getChatList` marks chats read,
 * `getContact` fetches), writes nothing into the app's objects and holds no secret. What it posts is plain data
 * as a JSON string (strings cross the worlds intact) in small chunks, so no task of ours is long; the content
 * script validates everything (./app-model.ts): any page script could post the same event.
 */
import { APP_MODEL_EVENT, APP_MODEL_RESYNC_EVENT, BRIDGE_VERSION, type RawChat, type RawMember, type RawMessage, type RawPost } from './app-protocol';

/** The parts of the app's objects the bridge reads (everything else is ignored). */
interface AppMessage {
  MsgId?: unknown;
  LocalID?: unknown;
  MMPeerUserName?: unknown;
  MsgType?: unknown;
  SubMsgType?: unknown;
  AppMsgType?: unknown;
  MMIsSend?: unknown;
  MMActualSender?: unknown;
  MMActualContent?: unknown;
  Content?: unknown;
  FileName?: unknown;
  Url?: unknown;
  CreateTime?: unknown;
  MMStatus?: unknown;
  MMRecall?: unknown;
}
interface AppContact {
  UserName?: unknown;
  NickName?: unknown;
  RemarkName?: unknown;
  DisplayName?: unknown;
  MemberCount?: unknown;
  MemberList?: unknown;
}
type Store<T> = Record<string, T | undefined>;
interface AppWindow extends Window {
  _chatContent?: Store<AppMessage[]>;
  _contacts?: Store<AppContact>;
  _strangerContacts?: Store<AppContact>;
  _chatRoomMemberDisplayNames?: Store<Store<string>>;
  angular?: { element(node: unknown): { injector?: () => { get(name: string): unknown } | undefined } };
}

/** Status values of chatFactory (confFactory.MSG_SEND_STATUS_*): ready, sending, sent, failed. */
const STATUS_SENT = 2;
const STATUS_FAILED = 5;
/** WeChat lets a message be recalled for 2 minutes; watch a little longer for the app's rewrite. */
const RECALL_WATCH_MS = 3 * 60_000;
/** The page's clock and the server's may differ by minutes. */
const CLOCK_SLACK_MS = 10 * 60_000;
const TICK_MS = 1000;
const UNAVAILABLE_AFTER_LOAD_MS = 2000;
/** Work per task: a chunk is posted and the rest continues in the next task (no long tasks of ours). */
const CHUNK_MESSAGES = 50; // the content script handles a post within the same task: ~0.3 ms a message
const CHUNK_BUDGET_MS = 8;
const MAX_CONTENT = 20_000;
const MAX_NAME = 500;
const MAX_MEMBERS = 5000;

const str = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : typeof value === 'number' ? String(value) : '');

/** Set on the page's window once this version of the bridge runs (it is injected again after an update). */
const INSTALLED = Symbol.for(`qunguard.appBridge.v${BRIDGE_VERSION}`);

export function installAppBridge(win: AppWindow & { [INSTALLED]?: true }): void {
  if (win[INSTALLED]) return;
  Object.defineProperty(win, INSTALLED, { value: true });
  const doc = win.document;
  /** Per chat: how many of its messages were read already (arrays only grow; a cleared chat starts again). */
  const readUpTo = new Map<string, number>();
  /** What was posted per message id (status and recall), so a change is posted once. */
  const posted = new Map<string, string>();
  /** Messages that may still change: recalls within the window, sends not yet final. */
  const watched = new Map<AppMessage, number>();
  /** Per chat: the member list (by identity) and names last posted. */
  const chatSignatures = new Map<string, { members: unknown; names: string }>();
  let live = false;
  let scheduled = 0;
  let pendingChats: Set<string> = new Set();

  const post = (data: RawPost) => doc.dispatchEvent(new CustomEvent(APP_MODEL_EVENT, { detail: JSON.stringify(data) }));

  const contactOf = (id: string): AppContact | undefined => win._contacts?.[id] ?? win._strangerContacts?.[id];

  /** A member's name as the member popup shows it (contact.getDisplayName(room)): remark, group nickname, nickname. */
  const memberIndex = new WeakMap<object, Map<string, AppContact>>();
  const memberItem = (roomId: string, id: string): AppContact | undefined => {
    const list = contactOf(roomId)?.MemberList;
    if (!Array.isArray(list)) return undefined;
    let index = memberIndex.get(list);
    if (!index) memberIndex.set(list, (index = new Map((list as AppContact[]).map((m) => [str(m?.UserName, 100), m]))));
    return index.get(id);
  };
  const memberName = (roomId: string, id: string, item: AppContact | undefined = memberItem(roomId, id)): Pick<RawMember, 'name' | 'nameFrom'> => {
    const contact = contactOf(id);
    const remark = str(contact?.RemarkName, MAX_NAME);
    if (remark) return { name: remark, nameFrom: 'remark' };
    const group = str(win._chatRoomMemberDisplayNames?.[roomId]?.[id] ?? item?.DisplayName, MAX_NAME);
    if (group) return { name: group, nameFrom: 'group' };
    const name = str(contact?.NickName ?? item?.NickName, MAX_NAME);
    // No group nickname only when the member's entry says so (its DisplayName loaded, and empty); a member not
    // loaded yet may have one, and then nothing is said about the name.
    return typeof item?.DisplayName === 'string' ? { name, nameFrom: 'nickname' } : { name };
  };

  const rawMembers = (roomId: string, list: unknown): RawMember[] => {
    if (!Array.isArray(list)) return [];
    const members: RawMember[] = [];
    for (const item of list.slice(0, MAX_MEMBERS) as AppContact[]) {
      const id = str(item?.UserName, 100);
      if (id) members.push({ id, ...memberName(roomId, id, item) });
    }
    return members;
  };

  /** The chat's name as its header shows it; a group without a name is called by its first ten members. */
  const chatName = (id: string, contact: AppContact | undefined): string => {
    const own = str(contact?.RemarkName, MAX_NAME) || str(contact?.NickName, MAX_NAME);
    if (own || !id.startsWith('@@') || !Array.isArray(contact?.MemberList)) return own || id;
    return (contact.MemberList.slice(0, 10) as AppContact[])
      .map((m) => {
        const friend = contactOf(str(m?.UserName, 100));
        return str(friend?.RemarkName, MAX_NAME) || str(friend?.NickName, MAX_NAME) || str(m?.NickName, MAX_NAME);
      })
      .join(', ');
  };

  const rawChat = (id: string, withMembers: boolean): RawChat => {
    const contact = contactOf(id);
    const chat: RawChat = { id, name: chatName(id, contact) };
    if (typeof contact?.MemberCount === 'number') chat.memberCount = contact.MemberCount;
    if (withMembers && id.startsWith('@@')) chat.members = rawMembers(id, contact?.MemberList);
    return chat;
  };

  const rawMessage = (m: AppMessage, chat: string): RawMessage | null => {
    const id = str(m.MsgId, 40);
    const time = Number(m.CreateTime);
    if (!id || !Number.isFinite(time)) return null;
    const message: RawMessage = {
      id,
      chat,
      type: Number(m.MsgType) || 0,
      subType: Number(m.SubMsgType) || 0,
      appType: Number(m.AppMsgType) || 0,
      send: m.MMIsSend === true,
      sender: str(m.MMActualSender, 100),
      senderName: m.MMIsSend !== true && chat.startsWith('@@') ? memberName(chat, str(m.MMActualSender, 100)).name : '',
      content: str(m.MMActualContent ?? m.Content, MAX_CONTENT),
      fileName: str(m.FileName, MAX_NAME),
      url: str(m.Url, 2000),
      time,
    };
    const localId = str(m.LocalID, 40);
    if (localId && localId !== id) message.localId = localId;
    if (typeof m.MMStatus === 'number') message.status = m.MMStatus;
    if (m.MMRecall === true) message.recalled = true;
    return message;
  };

  const signatureOf = (m: AppMessage) => `${str(m.MsgId, 40)}|${String(m.MMStatus)}|${m.MMRecall === true ? 1 : 0}`;
  const isFinal = (m: AppMessage) => m.MMIsSend !== true || m.MMStatus === undefined || m.MMStatus === STATUS_SENT || m.MMStatus === STATUS_FAILED;

  /** Messages to post now: new ones of every chat, then watched ones that changed. */
  function collect(now: number): Array<{ m: AppMessage; chat: string }> {
    const out: Array<{ m: AppMessage; chat: string }> = [];
    // Watched ones first (before this look adds the new ones to the watch).
    for (const [m, until] of watched) {
      if (until < now && isFinal(m) && m.MMStatus !== STATUS_FAILED) watched.delete(m);
      else if (posted.get(str(m.LocalID, 40) || str(m.MsgId, 40)) !== signatureOf(m)) out.push({ m, chat: str(m.MMPeerUserName, 100) });
    }
    const content = win._chatContent ?? {};
    for (const chat of Object.keys(content)) {
      const list = content[chat];
      if (!Array.isArray(list)) continue;
      let from = readUpTo.get(chat) ?? 0;
      if (list.length < from) from = 0; // the chat was cleared: what comes again is checked against `posted`
      for (let i = from; i < list.length; i++) {
        const m = list[i];
        if (!m || typeof m !== 'object') continue;
        out.push({ m, chat });
        // Recent messages may still be recalled; a send in flight or failed may still change (or be resent).
        if (Number(m.CreateTime) * 1000 > now - RECALL_WATCH_MS - CLOCK_SLACK_MS || !isFinal(m) || m.MMStatus === STATUS_FAILED) watched.set(m, now + RECALL_WATCH_MS);
      }
      readUpTo.set(chat, list.length);
    }
    return out;
  }

  /** Chats whose names or member lists changed since posted (groups get their members through here). */
  function changedChats(): RawChat[] {
    const chats: RawChat[] = [];
    const contacts = win._contacts ?? {};
    for (const id of Object.keys(contacts)) {
      const contact = contacts[id];
      if (!contact || (!id.startsWith('@@') && !readUpTo.has(id))) continue;
      const names = `${str(contact.NickName, MAX_NAME)}|${str(contact.RemarkName, MAX_NAME)}|${String(contact.MemberCount)}|${Array.isArray(contact.MemberList) ? contact.MemberList.length : 0}`;
      const before = chatSignatures.get(id);
      if (before && before.members === contact.MemberList && before.names === names && !pendingChats.has(id)) continue;
      chatSignatures.set(id, { members: contact.MemberList, names });
      chats.push(rawChat(id, true));
    }
    pendingChats = new Set();
    return chats;
  }

  let queue: Array<{ m: AppMessage; chat: string }> = [];
  function tick(resync = false): void {
    scheduled = 0;
    if (!win._chatContent || !win._contacts) return;
    const now = Date.now();
    for (const entry of collect(now)) queue.push(entry);
    const chats = changedChats();
    drain(chats, resync);
  }

  /** Post the queue in chunks, one task each. */
  function drain(chats: RawChat[], resync: boolean): void {
    const started = performance.now();
    const messages: RawMessage[] = [];
    const chatIds = new Set<string>();
    while (queue.length && messages.length < CHUNK_MESSAGES && performance.now() - started < CHUNK_BUDGET_MS) {
      const { m, chat } = queue.shift()!;
      const key = str(m.LocalID, 40) || str(m.MsgId, 40);
      const signature = signatureOf(m);
      if (posted.get(key) === signature) continue;
      if (!isFinal(m)) continue; // a send in flight: posted once it is sent or failed (watched until then)
      const raw = rawMessage(m, chat);
      if (!raw) continue;
      posted.set(key, signature);
      messages.push(raw);
      chatIds.add(chat);
    }
    const known = new Set(chats.map((c) => c.id));
    for (const id of chatIds) if (!known.has(id)) chats.push(rawChat(id, false));
    if (messages.length || chats.length || resync) post({ v: BRIDGE_VERSION, kind: 'batch', messages, chats, ...(resync ? { resync: true } : {}) });
    if (queue.length) win.setTimeout(() => drain([], false), 0);
  }

  const schedule = () => {
    if (!scheduled) scheduled = win.setTimeout(() => tick(), 30);
  };

  /** A content script that started late (or again, after an extension update) asks for everything. */
  doc.addEventListener(APP_MODEL_RESYNC_EVENT, () => {
    if (!live) {
      if (toldUnavailable) post({ v: BRIDGE_VERSION, kind: 'state', state: 'unavailable' });
      return;
    }
    posted.clear();
    readUpTo.clear();
    chatSignatures.clear();
    queue = [];
    post({ v: BRIDGE_VERSION, kind: 'state', state: 'live' });
    tick(true);
  });

  /** The app publishes its stores while it boots, before the page has loaded: wait a little past `load`. */
  let loadedAt = 0;
  let toldUnavailable = false;
  const findModel = () => {
    if (win._chatContent && win._contacts) {
      live = true;
      post({ v: BRIDGE_VERSION, kind: 'state', state: 'live' });
      listenToBroadcasts(win, schedule);
      win.setInterval(() => tick(), TICK_MS);
      tick();
      return;
    }
    const now = Date.now();
    if (!loadedAt && doc.readyState === 'complete') loadedAt = now;
    // Not the app this bridge knows (or not yet): the DOM path carries on; a model that appears later is used.
    if (loadedAt && now - loadedAt > UNAVAILABLE_AFTER_LOAD_MS && !toldUnavailable) {
      toldUnavailable = true;
      post({ v: BRIDGE_VERSION, kind: 'state', state: 'unavailable' });
    }
    win.setTimeout(findModel, toldUnavailable ? 2000 : 100);
  };
  findModel();
}

/** Listen (never call) to the app's own broadcasts so a new message is posted within ~30 ms, not at the next tick. */
function listenToBroadcasts(win: AppWindow, schedule: () => void): void {
  try {
    const injector = win.angular?.element(win.document).injector?.();
    const rootScope = injector?.get('$rootScope') as { $on?: (name: string, fn: () => void) => void } | undefined;
    rootScope?.$on?.('message:add:success', schedule);
    rootScope?.$on?.('root:msgSend:success', schedule);
  } catch {
    /* no injector (yet): the one-second tick still finds everything */
  }
}
