/** The UI language: zh-CN unless the user picked English (stored under `uiLocale` in storage.local). */
import { browser } from 'wxt/browser';
import { setLocale, type Locale } from './locale-state';

export { getLocale, setLocale, type Locale } from './locale-state';
export const LOCALE_STORAGE_KEY = 'uiLocale';

/** Load the stored choice (default zh-CN); content scripts and pages call this once at start. */
export async function loadLocale(): Promise<Locale> {
  try {
    const stored = (await browser.storage.local.get(LOCALE_STORAGE_KEY))[LOCALE_STORAGE_KEY];
    const chosen: Locale = stored === 'en' ? 'en' : 'zh-CN';
    setLocale(chosen);
    return chosen;
  } catch {
    setLocale('zh-CN');
    return 'zh-CN';
  }
}

export async function saveLocale(next: Locale): Promise<void> {
  setLocale(next);
  await browser.storage.local.set({ [LOCALE_STORAGE_KEY]: next });
}
