/** Minimal i18n: zh-CN by default, English when the browser UI language is English. No UI string lives elsewhere. */
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
const TABLES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

let locale: Locale = 'zh-CN';

export function setLocale(next: Locale): void {
  locale = next;
}

export function detectLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? 'zh-cn';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export type { MessageKey };
