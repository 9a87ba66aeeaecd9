/**
 * Every CSS selector QunGuard uses on web WeChat (wx.qq.com & co.), in one place.
 *
 * Each selector has an expectation list `[fixture, count]` checked by test/unit/site/wechat-web-selectors.test.ts
 * against the recorded pages in test/fixtures/wechat-web/. When Tencent changes the markup, add the new selector
 * with a date comment and keep the old one as a fallback (comma list), then add a fixture of the new page.
 *
 * Traps (details in docs/wechat-dom.md):
 * - jquery.scrollbar copies classes onto a wrapper: `.chat_list` and `.box_bd.chat_bd` match twice; use the id or
 *   `[jquery-scrollbar]` to reach the real element.
 * - `.nickname` is overloaded (own account h3, chat list h3, member p, sender h4, profile card h4, picker h4):
 *   always scope it.
 * - mm-repeat is a virtual list: only rows in view (+buffer) exist; rows come and go while scrolling.
 */
export const SEL = {
  // --- logged-in frame ---------------------------------------------------------------------------
  loadedBody: 'body.loaded',
  accountName: '.panel .header .info .nickname .display_name',
  /** The account's own avatar; its src carries `username=` (the account's own session id). */
  accountAvatar: '.panel .header .avatar img',
  chatList: '#J_NavChatScrollBody',
  chatArea: '#chatArea',
  /** The chat area while a group is open (the app adds `chatRoom`). */
  groupChatArea: '#chatArea.chatRoom',
  // --- login page --------------------------------------------------------------------------------
  loginQrCode: '.login .qrcode img',
  // --- chat list rows ----------------------------------------------------------------------------
  chatRow: '#J_NavChatScrollBody .chat_item[data-username]',
  /** The open chat's row. */
  chatRowActive: '#J_NavChatScrollBody .chat_item.active[data-username]',
  chatRowName: '.info .nickname .nickname_text',
  chatRowUnreadCount: '.avatar i.web_wechat_reddot_middle, .avatar i.web_wechat_reddot_bbig',
  chatRowUnreadDot: '.avatar i.web_wechat_reddot',
  chatRowMuted: '.ext i.web_wechat_no-remind',
  /** The row's last-message time ("15:02", "昨天 09:12"). */
  chatRowTime: '.ext .attr',
  // --- open chat header --------------------------------------------------------------------------
  chatHeader: '#chatArea .box_hd',
  chatTitle: '#chatArea .box_hd .title_wrap .title_name',
  chatTitleCount: '#chatArea .box_hd .title_wrap .title_count',
  // --- message list ------------------------------------------------------------------------------
  messageList: '#chatArea [mm-repeat^="message in chatContent"]',
  messageItem: '[ng-repeat^="message in chatContent"]',
  /** Inside a message item: the element carrying `data-cm` with `"type":"message"` (bubble, or sticker image). */
  messageDataCm: '.message [data-cm]',
  messageBody: '.message',
  /** A message the account itself sent (`.you` = received). */
  messageOwn: '.message.me',
  /** The bubble's column (sender name + bubble), not the time divider's content in the same item. */
  messageContent: '.message > .content',
  messageSender: '.content > h4.nickname',
  /** The sender name of a received message (group chats). */
  messageIncomingSender: '.message.you .content > h4.nickname',
  messageAvatar: '.message > img.avatar',
  messagePlain: 'pre.js_message_plain',
  /** Links inside a text message (the page wraps each in webwxcheckurl). */
  messagePlainLink: 'pre.js_message_plain a[href]',
  messageDivider: '.message > .message_system .content',
  messageSystemText: '[ng-switch-when="10000"] .message_system .content',
  messageFileName: '.attach .cont .title',
  messageAppLink: 'a.app',
  messageAppTitle: 'a.app .title',
  messageAppDesc: 'a.app .desc',
  messageFailed: '.ico_fail:not(.ng-hide)',
  // --- group member popup (open after clicking the title) ---------------------------------------
  membersPopup: '#mmpop_chatroom_members',
  member: '#mmpop_chatroom_members .member:not(.opt)',
  memberName: 'p.nickname',
  memberAvatar: '.member > img.avatar',
  // --- composer ----------------------------------------------------------------------------------
  composer: '#chatArea .box_ft',
  editor: '#editArea',
  sendButton: '#chatArea .box_ft .action .btn_send',
  fileInput: '#chatArea .box_ft input[type="file"]',
  // --- forward dialog ------------------------------------------------------------------------
  /** Open, not closing (ngDialog keeps a closing dialog in the page until its animation ends). */
  forwardDialog: '.ngdialog.transpond-dialog:not(.ngdialog-closing)',
  forwardConfirm: '.transpond-dialog .dialog_ft a[ng-click="send()"]',
  forwardEnsure: '.transpond-dialog .dialog-confirm .button-primary',
  forwardPicked: '.transpond-dialog .contact_item .web_wechat_choose_green',
  forwardPickedName: '.info h4.nickname',
  forwardItem: '.transpond-dialog .contact_item',
  /** The picked chats as chips above the list (the app's selectedUsers): each chat once, also when scrolled away. */
  forwardChip: '.transpond-dialog .selector .contactor',
  /** Inside a chip or a list item: the avatar, whose src carries `username=` (the session id). */
  forwardAvatar: '.avatar img',
} as const;

export type SelectorName = keyof typeof SEL;

/** Expected match counts per fixture file (test/fixtures/wechat-web/<file>). Missing fixture entry = 0. */
export const SEL_EXPECT: Record<SelectorName, Partial<Record<'group-chat.html' | 'login.html' | 'no-chat-area.html' | 'direct-chat.html', number>>> = {
  loadedBody: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  accountName: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  accountAvatar: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatList: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatArea: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  groupChatArea: { 'group-chat.html': 1 },
  loginQrCode: { 'login.html': 1 },
  chatRow: { 'group-chat.html': 4, 'no-chat-area.html': 4, 'direct-chat.html': 4 },
  chatRowActive: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatRowName: { 'group-chat.html': 4, 'no-chat-area.html': 4, 'direct-chat.html': 4 },
  chatRowUnreadCount: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatRowUnreadDot: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatRowMuted: { 'group-chat.html': 1, 'no-chat-area.html': 1, 'direct-chat.html': 1 },
  chatRowTime: { 'group-chat.html': 5, 'no-chat-area.html': 5, 'direct-chat.html': 5 },
  chatHeader: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  chatTitle: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  chatTitleCount: { 'group-chat.html': 1 },
  messageList: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  messageItem: { 'group-chat.html': 8, 'direct-chat.html': 3 },
  messageDataCm: { 'group-chat.html': 14, 'direct-chat.html': 6 },
  messageBody: { 'group-chat.html': 7, 'direct-chat.html': 3 },
  messageOwn: { 'group-chat.html': 2, 'direct-chat.html': 1 },
  messageContent: { 'group-chat.html': 7, 'direct-chat.html': 3 },
  messageSender: { 'group-chat.html': 5 },
  messageIncomingSender: { 'group-chat.html': 5 },
  messageAvatar: { 'group-chat.html': 7, 'direct-chat.html': 3 },
  messagePlain: { 'group-chat.html': 4, 'direct-chat.html': 3 },
  messagePlainLink: { 'group-chat.html': 1 },
  messageDivider: { 'group-chat.html': 2, 'direct-chat.html': 1 },
  messageSystemText: { 'group-chat.html': 1 },
  messageFileName: { 'group-chat.html': 1 },
  messageAppLink: { 'group-chat.html': 1 },
  messageAppTitle: { 'group-chat.html': 1 },
  messageAppDesc: { 'group-chat.html': 1 },
  messageFailed: {},
  membersPopup: { 'group-chat.html': 1 },
  member: { 'group-chat.html': 4 },
  memberName: { 'group-chat.html': 4 },
  memberAvatar: { 'group-chat.html': 4 },
  composer: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  editor: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  sendButton: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  fileInput: { 'group-chat.html': 1, 'direct-chat.html': 1 },
  forwardDialog: { 'group-chat.html': 1, 'no-chat-area.html': 1 },
  forwardConfirm: { 'group-chat.html': 1, 'no-chat-area.html': 1 },
  forwardEnsure: { 'group-chat.html': 1, 'no-chat-area.html': 1 },
  forwardPicked: { 'group-chat.html': 1, 'no-chat-area.html': 1 },
  forwardPickedName: { 'group-chat.html': 2, 'no-chat-area.html': 2 },
  forwardItem: { 'group-chat.html': 2, 'no-chat-area.html': 2 },
  forwardChip: { 'group-chat.html': 1, 'no-chat-area.html': 1 },
  forwardAvatar: { 'group-chat.html': 9, 'no-chat-area.html': 9, 'direct-chat.html': 5 },
};
