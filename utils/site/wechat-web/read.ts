/**
 * Readers: web WeChat DOM -> plain data. Pure functions of the DOM they are given; no observers, no globals.
 * Every selector comes from ./selectors.
 */
import type { ChatListRow, CurrentChat, Member, MessageType } from '../../core/events';
import type { ItemRead } from '../types';
import { cleanName, isUninterpolated } from '../../core/text';
import { MSG_TYPES } from './msg-types';
import { SEL } from './selectors';
import { parseShownTime } from './time';

/** `<pre>` content -> text: `img[text]` emoji become their text ("[呲牙]", "😄"), `<br>` a newline. */
export function richText(root: Node): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'IMG') out += (el.getAttribute('text') ?? '').replace(/_web$/, '');
        else if (tag !== 'SCRIPT' && tag !== 'STYLE') walk(el);
      }
    }
  };
  walk(root);
  return out;
}

/** The real target of a link the page wrapped in `/cgi-bin/mmwebwx-bin/webwxcheckurl?requrl=…`. */
export function realLinkUrl(href: string | null): string | null {
  if (!href || isUninterpolated(href)) return null;
  const match = /[?&]requrl=([^&]*)/.exec(href);
  if (!match) return href;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** The `username=` parameter of an avatar URL (session-scoped id). */
export function usernameFromAvatar(src: string | null): string | undefined {
  const match = src ? /[?&]username=([^&]+)/.exec(src) : null;
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export function readAccount(doc: ParentNode): string | null {
  const name = cleanName(doc.querySelector(SEL.accountName)?.textContent);
  return name && !isUninterpolated(name) ? name : null;
}

export function readCurrentChat(doc: ParentNode): CurrentChat | null {
  const title = doc.querySelector(SEL.chatTitle);
  const name = cleanName(title?.textContent);
  if (!title || !name || isUninterpolated(name)) return null;
  const sessionId = title.getAttribute('data-username') ?? undefined;
  const isGroup = doc.querySelector(SEL.groupChatArea) !== null || (sessionId?.startsWith('@@') ?? false);
  const countMatch = /\((\d+)\)/.exec(doc.querySelector(SEL.chatTitleCount)?.textContent ?? '');
  const chat: CurrentChat = { name, kind: isGroup ? 'group' : 'direct' };
  if (sessionId && !isUninterpolated(sessionId)) chat.sessionId = sessionId;
  if (countMatch) chat.memberCount = Number(countMatch[1]);
  return chat;
}

export function readChatList(doc: ParentNode, now = Date.now()): ChatListRow[] {
  const rows: ChatListRow[] = [];
  for (const row of doc.querySelectorAll(SEL.chatRow)) {
    const name = cleanName(row.querySelector(SEL.chatRowName)?.textContent);
    const sessionId = row.getAttribute('data-username') ?? '';
    if (!name || isUninterpolated(name) || isUninterpolated(sessionId)) continue;
    const countText = row.querySelector(SEL.chatRowUnreadCount)?.textContent?.trim();
    const unread: ChatListRow['unread'] = countText
      ? Number.parseInt(countText, 10) || 0
      : row.querySelector(SEL.chatRowUnreadDot)
        ? 'dot'
        : 0;
    rows.push({
      name,
      kind: sessionId.startsWith('@@') ? 'group' : 'direct',
      sessionId,
      unread,
      muted: row.querySelector(SEL.chatRowMuted) !== null,
      active: row.matches(SEL.chatRowActive),
    });
    const shown = row.querySelector(SEL.chatRowTime)?.textContent?.trim();
    const lastAt = shown ? parseShownTime(shown, now) : null;
    if (lastAt !== null) rows[rows.length - 1]!.lastAt = lastAt;
  }
  return rows;
}

/** Members shown in the open member popup, or null when the popup is not open. */
export function readMembers(doc: ParentNode): Member[] | null {
  if (!doc.querySelector(SEL.membersPopup)) return null;
  const members: Member[] = [];
  for (const el of doc.querySelectorAll(SEL.member)) {
    const name = cleanName(el.querySelector(SEL.memberName)?.textContent);
    if (!name || isUninterpolated(name)) continue;
    const member: Member = { name };
    const id = usernameFromAvatar(el.querySelector(SEL.memberAvatar)?.getAttribute('src') ?? null);
    if (id) member.sessionId = id;
    members.push(member);
  }
  return members;
}

export function readEditorText(doc: ParentNode): string | null {
  const editor = doc.querySelector(SEL.editor);
  return editor ? richText(editor) : null;
}

// --- messages -------------------------------------------------------------------------------------

interface MessageDataCm {
  msgId: string;
  msgType: number;
  subType: number;
  actualSender?: string;
}

/** Parse a bubble's `data-cm`. Returns null for malformed JSON, other types, or not-yet-interpolated ids. */
export function parseMessageDataCm(raw: string | null): MessageDataCm | null {
  if (!raw || isUninterpolated(raw)) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (record.type !== 'message') return null;
  const msgId = String(record.msgId ?? '');
  if (!/^\d{1,24}$/.test(msgId)) return null;
  const result: MessageDataCm = {
    msgId,
    msgType: Number(record.msgType),
    subType: Number(record.subType) || 0,
  };
  if (typeof record.actualSender === 'string' && record.actualSender) result.actualSender = record.actualSender;
  return result;
}

/**
 * A message id the page made up while sending (`Date.now()` + 4 digits = 17 digits); replaced in place by the
 * server id once the send succeeds. We wait for the server id so a message is stored once.
 */
export function isLocalMessageId(msgId: string, now: number): boolean {
  if (!/^\d{17}$/.test(msgId)) return false;
  const ms = Number(msgId.slice(0, 13));
  return ms > now - 30 * 86_400_000 && ms < now + 86_400_000;
}


/** Read one `[ng-repeat="message in chatContent"]` item. */
export function readMessageItem(item: Element, now: number): ItemRead {
  const systemText = item.querySelector(SEL.messageSystemText);
  if (systemText) {
    const text = cleanName(systemText.textContent);
    return text && !isUninterpolated(text) ? { kind: 'system', text } : { kind: 'skip', reason: 'empty' };
  }
  const body = item.querySelector(SEL.messageBody);
  if (!body) return { kind: 'skip', reason: 'empty' };
  let data: MessageDataCm | null = null;
  let sawDataCm = false;
  for (const el of body.querySelectorAll(SEL.messageDataCm)) {
    const raw = el.getAttribute('data-cm');
    if (!raw || !raw.includes('message')) continue;
    sawDataCm = true;
    data = parseMessageDataCm(raw);
    if (data) break;
  }
  if (!data) return { kind: 'skip', reason: sawDataCm ? 'unreadable' : 'not-a-message' };

  const direction = body.matches(SEL.messageOwn) ? 'out' : 'in';
  const failed = item.querySelector(SEL.messageFailed) !== null;
  if (direction === 'out' && !failed && isLocalMessageId(data.msgId, now)) return { kind: 'pending', msgId: data.msgId };

  let type = MSG_TYPES[data.msgType] ?? 'other';
  if (type === 'text' && data.subType === 48) type = 'location';
  let text: string | undefined;
  let fileName: string | undefined;
  const links: string[] = [];

  const plain = item.querySelector(SEL.messagePlain);
  if (plain) {
    text = richText(plain);
    for (const a of plain.querySelectorAll(SEL.messagePlainLink)) {
      const url = realLinkUrl(a.getAttribute('href'));
      if (url) links.push(url);
    }
  }
  if (data.msgType === 49) {
    const file = item.querySelector(SEL.messageFileName);
    const app = item.querySelector(SEL.messageAppLink);
    if (file) {
      type = 'file';
      fileName = cleanName(file.textContent) || undefined;
    } else if (app) {
      type = 'link';
      const url = realLinkUrl(app.getAttribute('href'));
      if (url) links.push(url);
      const title = cleanName(item.querySelector(SEL.messageAppTitle)?.textContent);
      const desc = cleanName(item.querySelector(SEL.messageAppDesc)?.textContent);
      text = [title, desc].filter(Boolean).join('\n') || undefined;
    }
  }

  const sender = cleanName(body.querySelector(SEL.messageSender)?.textContent);
  const avatarTitle = cleanName(body.querySelector(SEL.messageAvatar)?.getAttribute('title'));
  const divider = cleanName(body.querySelector(SEL.messageDivider)?.textContent);

  const read: ItemRead = {
    kind: 'message',
    msgId: data.msgId,
    direction,
    senderName: (sender && !isUninterpolated(sender) ? sender : avatarTitle) || null,
    type,
    links,
  };
  if (data.actualSender) read.senderId = data.actualSender;
  if (text !== undefined && !isUninterpolated(text)) read.text = text;
  if (fileName) read.fileName = fileName;
  if (divider && !isUninterpolated(divider)) {
    read.dividerTime = divider;
    const shownAt = parseShownTime(divider, now);
    if (shownAt !== null) read.shownAt = shownAt;
  }
  if (failed) read.sendFailed = true;
  return read;
}

/** `李四撤回了一条消息`, `你撤回了一条消息`, `"李四" 撤回了一条消息`. */
export function isRecallNotice(text: string): boolean {
  return /撤回了一条消息$/.test(text);
}
