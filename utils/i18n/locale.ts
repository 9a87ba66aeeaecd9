/** The UI language: zh-CN unless the user picked English (stored under `uiLocale` in storage.local). */
import { browser } from 'wxt/browser';

export type Locale = 'zh-CN' | 'en';
export const LOCALE_STORAGE_KEY = 'uiLocale';

let locale: Locale = 'zh-CN';

export function getLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  locale = next;
}

/** Load the stored choice (default zh-CN); content scripts and pages call this once at start. */
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
