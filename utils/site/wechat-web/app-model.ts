/**
 * The content script's end of the bridge into web WeChat's model (./app-bridge.ts runs in the page's world). What
 * arrives is untrusted: any script of the page could post the same event. Every post is size-checked, parsed, and
 * every field is checked for type and length; HTML the app holds (names with emoji, message bodies) becomes text
 * with string operations only, never by parsing it as a document. Out comes the site-neutral ModelUpdate.
 */
import { NAME_SOURCES, type Member, type MessageType, type NameSource } from '../../core/events';
import { cleanName } from '../../core/text';
import type { ModelChat, ModelMessage, ModelUpdate } from '../types';
import { APP_MODEL_EVENT, APP_MODEL_RESYNC_EVENT, BRIDGE_VERSION } from './app-protocol';
import { MSG_TYPES } from './msg-types';
import { realLinkUrl } from './read';

/** Bigger posts are dropped whole (the bridge posts ≤ 50 messages of ≤ 20,000 characters, plus member lists). */
const MAX_POST_CHARS = 8_000_000;
const MAX_MESSAGES = 1000;
const MAX_CHATS = 20_000;
const MAX_MEMBERS = 5000;
const MAX_TEXT = 20_000;
const MAX_NAME = 500;
const SESSION_ID = /^@{1,2}[0-9a-zA-Z_-]{1,200}$|^[0-9a-zA-Z_-]{1,100}$/;
const MSG_ID = /^\d{1,40}$/;

/** App message types beyond the DOM's table: 49 with its AppMsgType. */
const APP_FILE = 6;
const APP_LINK = 5;
const STATUS_FAILED = 5;
const LOCATION_SUBTYPE = 48;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&lt;`, `&#39;`, `&#x1F600;` … as characters (the app stores names and bodies HTML-escaped). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text of an HTML body as the page shows it, read the way ./read.ts `richText` reads the DOM: `<br>` is a line
 * break, an emoji image is its `text` (without `_web`), other tags (emoji sprites, links) keep only their text.
 */
export function appHtmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img\b[^>]*>/gi, (tag) => /\btext="([^"]*)"/i.exec(tag)?.[1]?.replace(/_web$/, '') ?? '')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

/** The links of a body (the app wraps typed URLs in `<a href>`), unwrapped from the app's redirect. */
function appLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="([^"]*)"/gi)) {
    const url = realLinkUrl(decodeEntities(match[1]!));
    if (url) links.push(url);
  }
  return links;
}

const nameOf = (raw: unknown): string => (typeof raw === 'string' ? cleanName(appHtmlToText(raw.slice(0, MAX_NAME))) : '');
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function readMembers(raw: unknown): Member[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const members: Member[] = [];
  for (const item of raw.slice(0, MAX_MEMBERS)) {
    if (!isRecord(item) || typeof item.id !== 'string' || !SESSION_ID.test(item.id)) continue;
    const name = nameOf(item.name);
    if (!name) continue;
    const member: Member = { name, sessionId: item.id };
    if (NAME_SOURCES.includes(item.nameFrom as NameSource)) member.nameFrom = item.nameFrom as NameSource;
    members.push(member);
  }
  return members;
}

function readChat(raw: unknown): ModelChat | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !SESSION_ID.test(raw.id)) return null;
  const name = nameOf(raw.name);
  if (!name) return null;
  const chat: ModelChat = { name, kind: raw.id.startsWith('@@') ? 'group' : 'direct', sessionId: raw.id };
  if (typeof raw.memberCount === 'number' && Number.isInteger(raw.memberCount) && raw.memberCount >= 0) chat.memberCount = raw.memberCount;
  const members = readMembers(raw.members);
  if (members) chat.members = members;
  return chat;
}

function messageType(type: number, subType: number, appType: number): MessageType {
  if (type === 49) return appType === APP_FILE ? 'file' : appType === APP_LINK ? 'link' : 'other';
  const known = MSG_TYPES[type] ?? 'other';
  return known === 'text' && subType === LOCATION_SUBTYPE ? 'location' : known;
}

function readMessage(raw: unknown, chats: Map<string, ModelChat>, now: number): ModelMessage | null {
  if (!isRecord(raw)) return null;
  const { id, chat: chatId, time } = raw;
  if (typeof id !== 'string' || !MSG_ID.test(id) || typeof chatId !== 'string' || typeof time !== 'number' || !Number.isFinite(time)) return null;
  const chat = chats.get(chatId);
  if (!chat) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const type = messageType(num(raw.type), num(raw.subType), num(raw.appType));
  const content = typeof raw.content === 'string' ? raw.content.slice(0, MAX_TEXT) : '';
  const direction = raw.send === true ? 'out' : 'in';
  const message: ModelMessage = {
    msgId: id,
    chat: { name: chat.name, kind: chat.kind, sessionId: chatId },
    direction,
    senderName: direction === 'in' ? (chat.kind === 'direct' ? chat.name : nameOf(raw.senderName)) : '',
    type: raw.recalled === true ? 'recall' : type,
    links: [],
    firstSeenAt: now,
    time: Math.round(time * 1000),
  };
  if (typeof raw.localId === 'string' && MSG_ID.test(raw.localId)) message.localId = raw.localId;
  if (typeof raw.sender === 'string' && SESSION_ID.test(raw.sender)) message.senderId = raw.sender;
  if (type === 'file' || type === 'link') {
    const title = nameOf(raw.fileName);
    if (type === 'file' && title) message.fileName = title;
    if (type === 'link') {
      if (title) message.text = title;
      const url = typeof raw.url === 'string' ? realLinkUrl(decodeEntities(raw.url.slice(0, 2000))) : null;
      if (url) message.links.push(url);
    }
  } else if (type === 'text' || type === 'system' || raw.recalled === true) {
    message.text = appHtmlToText(content);
    message.links = appLinks(content);
  }
  if (raw.status === STATUS_FAILED) message.sendFailed = true;
  if (raw.recalled === true) message.recalled = true;
  return message;
}

/** One post of the bridge, validated; null when it is not a post of this bridge version. */
export function parseAppModelPost(detail: unknown, now: number): ModelUpdate | null {
  if (typeof detail !== 'string' || detail.length > MAX_POST_CHARS) return null;
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.v !== BRIDGE_VERSION) return null;
  if (data.kind === 'state') return data.state === 'live' || data.state === 'unavailable' ? { kind: 'state', live: data.state === 'live' } : null;
  if (data.kind !== 'batch' || !Array.isArray(data.chats) || !Array.isArray(data.messages)) return null;
  if (data.chats.length > MAX_CHATS || data.messages.length > MAX_MESSAGES) return null;
  const chats = new Map<string, ModelChat>();
  for (const raw of data.chats) {
    const chat = readChat(raw);
    if (chat) chats.set(chat.sessionId!, chat);
  }
  const messages: ModelMessage[] = [];
  for (const raw of data.messages) {
    const message = readMessage(raw, chats, now);
    if (message) messages.push(message);
  }
  return { kind: 'batch', chats: [...chats.values()], messages, resync: data.resync === true };
}

/** Listens to the bridge until `signal` aborts; asks it for everything once (it may have posted before we listened). */
export function watchAppModel(doc: Document, signal: AbortSignal, onUpdate: (update: ModelUpdate) => void, now: () => number = Date.now): void {
  doc.addEventListener(
    APP_MODEL_EVENT,
    (event) => {
      const update = parseAppModelPost((event as CustomEvent<unknown>).detail, now());
      if (update) onUpdate(update);
    },
    { signal },
  );
  doc.dispatchEvent(new CustomEvent(APP_MODEL_RESYNC_EVENT));
}
