/** Names of the preset detector categories and PII kinds, for pages and the chat page. [zh-CN, en]. */
import { defineMessages } from '../define';

export const categoryMessages = defineMessages({
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
});

/** A category's name in the current locale; a company's own category ids are shown as written. */
export function categoryName(t: (key: keyof typeof categoryMessages) => string, category: string): string {
  const key = `category.${category}`;
  return key in categoryMessages ? t(key as keyof typeof categoryMessages) : category;
}
