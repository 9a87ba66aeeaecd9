/** The one-time notice staff see on the chat page (PIPL Art. 17: notice; Art. 6: minimisation). [zh-CN, en]. */
import { defineMessages } from '../define';

export const firstRunNoticeMessages = defineMessages({
  'notice.title': ['QunGuard 群规卫士在这台电脑上做什么', 'What QunGuard does on this computer'],
  'notice.checks': [
    '检查：群昵称是否符合公司规范；发送或转发前是否含敏感内容或个人信息；是否在免打扰时段发群消息；客户消息多久未回复。它只提醒（公司规定时会阻止发送），不会替你发消息或做其他操作。',
    'Checks: whether group nicknames follow the company’s rules; sensitive content or personal data before you send or forward; posting in quiet hours; how long a customer has waited. It only warns (or stops a send where the company’s rules say so); it never sends or does anything for you.',
  ],
  'notice.records.customer': ['记录：客户聊天中每条消息的时间、发送人、类型和字数，', 'Records: for each message in customer chats its time, sender, type and length, '],
  'notice.records.all': ['记录：所有聊天中每条消息的时间、发送人、类型和字数，', 'Records: for each message in every chat its time, sender, type and length, '],
  'notice.records.noText': ['不保存消息正文，链接只保留网站和路径（个人信息会被遮盖）；', 'not the message text; links keep only the site and path (personal data masked); '],
  'notice.records.text': ['并按公司规定保存消息正文（每条最多 {max} 字）；', 'and, as the company’s rules say, the message text (up to {max} characters each); '],
  'notice.records.rest': ['以及提醒和你的选择。记录只存在这台电脑上，不会上传，{days} 天后自动删除；管理员可以在这台电脑上导出。', 'and the warnings with your choices. Records stay on this computer, are never uploaded, and are deleted after {days} days; an administrator can export them on this computer.'],
  'notice.basis': ['依据：公司的群聊管理规定。有疑问请联系管理员。', 'Basis: the company’s group-chat rules. Ask your administrator if in doubt.'],
  'notice.ok': ['我知道了', 'Got it'],
});
