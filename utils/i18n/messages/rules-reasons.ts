/**
 * Issue 12's chat-page words: the missing part a group's template asks for, the executive exemption, the rename
 * reminder (复制提醒) and 脱敏后发送. Spread into the nickname reasons table, so chat page and options page get them.
 */
import type { ReasonCode } from '../../core/nickname/model';
import type { RenameItem } from '../../core/nickname/reminder';
import { defineMessages, type Params } from '../define';

export const ruleReasonMessages = defineMessages({
  'reason.missing-department': ['缺少部门', 'The department is missing'],
  'reason.missing-region': ['缺少地区', 'The region is missing'],
  'reason.missing-company': ['缺少公司', 'The company is missing'],
  'reason.missing-title': ['缺少职位', 'The job title is missing'],
  'reason.missing-name': ['缺少姓名', 'The name is missing'],
  'verdict.exemptExecutive': ['花名册：高管，可用本名或“姓+总”', 'Roster: executive, may use their name or surname + 总'],
  'reminder.intro': ['{mentions} 请按群规修改群昵称，格式：{template}', '{mentions} please rename yourselves in this group as: {template}'],
  'reminder.item': ['@{name} 改为“{suggestion}”', '@{name} → “{suggestion}”'],
  'reminder.itemNoSuggestion': ['@{name}（{reason}）', '@{name} ({reason})'],
  'reminder.thanks': ['谢谢配合！', 'Thank you!'],
  'reminder.copy': ['复制提醒', 'Copy reminder'],
  'reminder.copied': ['已复制，可粘贴到群里发送', 'Copied; paste it into the group'],
  'reminder.copyManual': ['浏览器没有允许自动复制。下面的文字已选中，请按 Ctrl+C（Mac 上 ⌘C）复制，再粘贴到群里发送。', 'The browser did not allow copying. The text below is selected: press Ctrl+C (⌘C on a Mac), then paste it into the group.'],
  'reminder.textAria': ['复制提醒的文字', 'Reminder text'],
  'own.bad': ['你在本群的群昵称“{name}”不符合群规：{why}', 'Your nickname in this group, “{name}”, does not follow the rules. {why}'],
  'own.none': ['你还没有设置本群的群昵称，群里显示的是你的微信名“{name}”，不符合群规：{why}', 'You have no nickname in this group; it shows your WeChat name, “{name}”, which does not follow the rules. {why}'],
  'own.shown': ['你在本群显示的名字“{name}”不符合群规：{why}', 'The name this group shows for you, “{name}”, does not follow the rules. {why}'],
  'own.how': ['在手机微信的群聊信息里，把“我在本群的昵称”设为建议的名字。', 'In WeChat on your phone, open this group’s info and set “My alias in group” to the suggested name.'],
  'guard.maskAndSend': ['脱敏后发送', 'Mask and send'],
  'guard.maskedPreview': ['将发送：{text}', 'Will send: {text}'],
});

type RulesT = (key: keyof typeof ruleReasonMessages | 'list.semicolon' | `reason.${ReasonCode}`, params?: Params) => string;

/**
 * The text of 复制提醒: one line @-mentioning everyone to rename, then one line per person with the fix.
 * `template` is the group's template as the admin wrote it ({部门}-{姓名}); shown without braces.
 */
export function renameReminderText(t: RulesT, items: RenameItem[], template: string): string {
  if (!items.length) return '';
  const mentions = items.map((i) => `@${i.name}`).join(' ');
  const lines = items.map((i) =>
    i.suggestion ? t('reminder.item', { name: i.name, suggestion: i.suggestion }) : t('reminder.itemNoSuggestion', { name: i.name, reason: i.reasons.map((r) => t(`reason.${r}`)).join(t('list.semicolon')) }),
  );
  return [t('reminder.intro', { mentions, template: template.replace(/[{}]/g, '') }), ...lines, t('reminder.thanks')].join('\n');
}
