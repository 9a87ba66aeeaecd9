/**
 * Every chat host QunGuard runs on. Query strings (e.g. `?target=t`, the UOS/desktop mode) are covered by `/*`.
 * Kept free of imports so wxt.config.ts can read it at build time.
 */
export const WECHAT_WEB_MATCHES = [
  'https://wx.qq.com/*',
  'https://wx2.qq.com/*',
  'https://wx8.qq.com/*',
  'https://web.wechat.com/*',
  'https://web2.wechat.com/*',
];

/** 文件传输助手网页版 and its regional twins (docs/sites.md). */
export const FILEHELPER_MATCHES = [
  'https://filehelper.weixin.qq.com/*',
  'https://szfilehelper.weixin.qq.com/*',
  'https://cmfilehelper.weixin.qq.com/*',
];

export const CHAT_HOST_MATCHES = [...WECHAT_WEB_MATCHES, ...FILEHELPER_MATCHES];
