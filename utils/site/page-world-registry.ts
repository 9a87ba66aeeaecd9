/**
 * Page-world helpers by host, kept apart from ./registry.ts so the MAIN-world bundle carries none of the
 * adapters' readers and selectors.
 */
import { WECHAT_WEB_MATCHES } from './hosts';
import { installPageWorldReplay } from './wechat-web/page-world';

const HELPERS: Array<{ matches: string[]; install: () => void }> = [{ matches: WECHAT_WEB_MATCHES, install: () => installPageWorldReplay() }];

export function pageWorldFor(hostname: string): (() => void) | undefined {
  return HELPERS.find((h) => h.matches.some((pattern) => new URL(pattern.replace('/*', '/')).hostname === hostname))?.install;
}
