/**
 * Minimal i18n: zh-CN is the default for everyone (the product's users are Chinese companies); English is an
 * explicit choice stored under `uiLocale` in storage.local. No UI string lives outside the locale tables.
 */
import { browser } from 'wxt/browser';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
const TABLES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

let locale: Locale = 'zh-CN';

export function setLocale(next: Locale): void {
  locale = next;
}

export const LOCALE_STORAGE_KEY = 'uiLocale';

export function getLocale(): Locale {
  return locale;
}

/** Load the stored UI language choice (default zh-CN). */
export async function loadLocale(): Promise<Locale> {
  try {
    const stored = (await browser.storage.local.get(LOCALE_STORAGE_KEY))[LOCALE_STORAGE_KEY];
    locale = stored === 'en' ? 'en' : 'zh-CN';
  } catch {
    locale = 'zh-CN';
  }
  return locale;
}

export async function saveLocale(next: Locale): Promise<void> {
  locale = next;
  await browser.storage.local.set({ [LOCALE_STORAGE_KEY]: next });
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export type { MessageKey };
