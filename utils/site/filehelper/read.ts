/**
 * Readers: 文件传输助手网页版 DOM -> plain data. Pure functions of the DOM they are given; every selector comes from
 * ./selectors (which says what is assumed about the page).
 *
 * The page is one chat, with the account's own 文件传输助手: the only recipient is `filehelper`. It shows no
 * account name and no message ids (assumed): messages get ids from their content (see messageIdOf).
 */
import type { CurrentChat, MessageType } from '../../core/events';
import { cleanName, fnv1a } from '../../core/text';
import type { ItemRead } from '../types';
import { SEL } from './selectors';

/** The one chat of this page. Its name is the one staff know (and the default policy's ignored pattern). */
export const FILEHELPER_CHAT: CurrentChat = { name: '文件传输助手', kind: 'direct', sessionId: 'filehelper' };

/**
 * The page does not show who is logged in (assumed), so records and tags of this page are kept under this one
 * account name.
 */
export const FILEHELPER_ACCOUNT = '文件传输助手网页版';

function loggedIn(doc: ParentNode): boolean {
  return doc.querySelector(SEL.chatBody) !== null;
}

export function readAccount(doc: ParentNode): string | null {
  return loggedIn(doc) ? FILEHELPER_ACCOUNT : null;
}

export function readCurrentChat(doc: ParentNode): CurrentChat | null {
  return loggedIn(doc) ? { ...FILEHELPER_CHAT } : null;
}

/** The textarea's value: what the page sends (it keeps it in step through `input` events). */
export function readEditorText(doc: ParentNode): string | null {
  const editor = doc.querySelector(SEL.editor) as HTMLTextAreaElement | null;
  return editor ? editor.value : null;
}

interface Content {
  direction: 'in' | 'out';
  type: MessageType;
  text?: string;
  fileName?: string;
}

function contentOf(item: Element): Content | null {
  const bubble = item.querySelector(SEL.messageBubble);
  if (!bubble) return null;
  const direction = bubble.matches(SEL.messageOwn) ? 'out' : 'in';
  const text = item.querySelector(SEL.messageText);
  if (text) return { direction, type: 'text', text: text.textContent ?? '' };
  const file = item.querySelector(SEL.messageFileTitle);
  if (file) return { direction, type: 'file', fileName: cleanName(file.textContent) || undefined };
  if (item.querySelector(SEL.messageImage)) return { direction, type: 'image' };
  return { direction, type: 'other' };
}

const contentKey = (c: Content) => `${c.direction}|${c.type}|${c.text ?? ''}|${c.fileName ?? ''}`;

/**
 * An id from the message's content and how many identical messages come before it in the list, so the same
 * message re-rendered keeps its id and two identical lines get two. (Messages loaded above the first one shift
 * the count of identical ones below: a known limit of a page without ids.)
 */
function messageIdOf(item: Element, content: Content): string {
  const key = contentKey(content);
  let same = 0;
  for (let prev = item.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const other = prev.matches(SEL.messageItem) ? contentOf(prev) : null;
    if (other && contentKey(other) === key) same++;
  }
  return `fh-${fnv1a(`${key}\n${same}`)}`;
}

/** Read one `.msg-list > li`. Items without a message (a time line, a notice) are skipped. */
export function readMessageItem(item: Element): ItemRead {
  const content = contentOf(item);
  if (!content) return { kind: 'skip', reason: 'not-a-message' };
  if (content.type === 'text' && !content.text?.trim()) return { kind: 'skip', reason: 'empty' };
  const read: ItemRead = { kind: 'message', msgId: messageIdOf(item, content), direction: content.direction, senderName: null, type: content.type, links: [] };
  if (content.text !== undefined) read.text = content.text;
  if (content.fileName) read.fileName = content.fileName;
  return read;
}
