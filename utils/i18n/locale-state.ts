/** The current UI language, in memory (no browser API here, so pure code and Node tools can use the tables). */
export type Locale = 'zh-CN' | 'en';

let locale: Locale = 'zh-CN';

export function getLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  locale = next;
}
