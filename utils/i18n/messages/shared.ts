/** Strings both the pages and the chat page show: category names, chat classes, waiting times. [zh-CN, en]. */
import { defineMessages } from '../define';

export const sharedMessages = defineMessages({
  'category.business': ['商业机密', 'Business secrets'],
  'category.porn': ['色情', 'Pornography'],
  'category.gambling': ['赌博', 'Gambling'],
  'category.malware': ['病毒链接', 'Malware links'],
  'category.ads': ['无关广告', 'Unrelated ads'],
  'category.pii:idCard': ['身份证号', 'ID card number'],
  'category.pii:mobile': ['手机号', 'Mobile number'],
  'category.pii:bankCard': ['银行卡号', 'Bank card number'],
  'category.pii:uscc': ['统一社会信用代码', 'Unified social credit code'],
  'category.pii:email': ['邮箱地址', 'Email address'],
  'class.customer': ['客户', 'Customer'],
  'class.internal': ['内部', 'Internal'],
  'class.external': ['外部', 'External'],
  'class.ignored': ['忽略', 'Ignored'],
  'class.unknown': ['未分类', 'Unclassified'],
  // Joining lists: names and departments (、), and reasons or errors (；).
  'list.separator': ['、', ', '],
  'list.semicolon': ['；', '; '],
  'wait.minutes': ['{m} 分钟', '{m} min'],
  'wait.hours': ['{h} 小时', '{h} h'],
  'wait.hoursMinutes': ['{h} 小时 {m} 分', '{h} h {m} min'],
  'wait.days': ['{d} 天', '{d} days'],
});

type SharedT = (key: keyof typeof sharedMessages, params?: Record<string, string | number>) => string;

/** A category's name in the current locale; a company's own category ids are shown as written. */
export function categoryName(t: SharedT, category: string): string {
  const key = `category.${category}`;
  return key in sharedMessages ? t(key as keyof typeof sharedMessages) : category;
}

/** A waiting time in words: minutes below an hour, hours (and minutes) below a day, then days. */
export function waitText(t: SharedT, minutes: number): string {
  if (minutes < 60) return t('wait.minutes', { m: minutes });
  if (minutes < 24 * 60) return minutes % 60 ? t('wait.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 }) : t('wait.hours', { h: minutes / 60 });
  return t('wait.days', { d: Math.floor(minutes / 1440) });
}
