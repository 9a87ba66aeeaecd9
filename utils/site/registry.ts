import type { SiteAdapter } from './types';
import { filehelperAdapter } from './filehelper/adapter';
import { wechatWebAdapter } from './wechat-web/adapter';

/** All site adapters. A new chat site = one more entry here plus its hosts in ./hosts.ts. */
export const SITE_ADAPTERS: SiteAdapter[] = [wechatWebAdapter, filehelperAdapter];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) =>
    adapter.matches.some((pattern) => new URL(pattern.replace('/*', '/')).hostname === hostname),
  );
}
