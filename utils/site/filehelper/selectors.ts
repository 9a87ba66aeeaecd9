/**
 * Every CSS selector QunGuard uses on 文件传输助手网页版 (filehelper.weixin.qq.com, szfilehelper., cmfilehelper.).
 *
 * ASSUMED, not captured: these come from publicly documented facts about the page (docs/sites.md lists them and
 * what is verified), not from a recorded page. The fixtures in test/fixtures/filehelper/ are built from the same
 * facts; each selector's expectation `[fixture, count]` is checked by test/unit/site/selectors.test.ts. When a
 * real page is captured, add it as a fixture and correct what differs here.
 */
export const SEL = {
  // --- the logged-in page -------------------------------------------------------------------------
  chatBody: '#chatBody',
  // --- messages ----------------------------------------------------------------------------------
  messageList: '.msg-list',
  messageItem: '.msg-list > li',
  /** Inside an item: the message itself (where per-message badges go). */
  messageBubble: '.msg-item',
  /** A message sent from this web page (the others came from the account's phone or computer). */
  messageOwn: '.msg-item.mine',
  messageText: '.msg-text',
  messageImage: '.msg-image img',
  messageFileTitle: '.msg-file__title',
  // --- composer ----------------------------------------------------------------------------------
  /** A plain textarea; the page reads its value on an `input` event. */
  editor: 'textarea.chat-panel__input-container',
  sendButton: 'a.chat-send__button',
  fileInput: 'input#btnFile',
} as const;

export type SelectorName = keyof typeof SEL;

/** Expected match counts per fixture file (test/fixtures/filehelper/<file>). Missing fixture entry = 0. */
export const SEL_EXPECT: Record<SelectorName, Partial<Record<'chat.html' | 'no-chat-body.html', number>>> = {
  chatBody: { 'chat.html': 1 },
  messageList: { 'chat.html': 1 },
  messageItem: { 'chat.html': 5 },
  messageBubble: { 'chat.html': 5 },
  messageOwn: { 'chat.html': 3 },
  messageText: { 'chat.html': 3 },
  messageImage: { 'chat.html': 1 },
  messageFileTitle: { 'chat.html': 1 },
  editor: { 'chat.html': 1, 'no-chat-body.html': 1 },
  sendButton: { 'chat.html': 1, 'no-chat-body.html': 1 },
  fileInput: { 'chat.html': 1 },
};
