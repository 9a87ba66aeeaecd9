/**
 * Message tables: each key holds its zh-CN and en text side by side, so a missing translation is a type error and
 * a reviewer sees both at once. `{name}` placeholders are filled by the translator. zh-CN is everyone's default
 * (the product's users are Chinese companies); English is an explicit choice (utils/i18n/locale.ts).
 */
import { getLocale } from './locale-state';

export type MessagePair = readonly [zhCN: string, en: string];

export function defineMessages<T extends Record<string, MessagePair>>(messages: T): T {
  return messages;
}

export type Params = Record<string, string | number>;

export function format(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A t() over one set of tables (pages and the content script each bundle only what they show). */
export function translator<T extends Record<string, MessagePair>>(messages: T) {
  return (key: keyof T & string, params: Params = {}): string => {
    const [zhCN, en] = messages[key] as MessagePair;
    return format(getLocale() === 'en' ? en : zhCN, params);
  };
}
