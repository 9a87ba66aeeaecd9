import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHAT_HOST_MATCHES } from './utils/site/hosts';

// Manifest and build wiring only; behaviour lives in utils/ and entrypoints/*/.

/**
 * The public half of QunGuard's RSA key (DER, base64). Chrome derives the extension id from it, so an unpacked or
 * self-hosted install has the same id on every machine — `pklgpobhllbheehlahpkilpiehocboab` — which the enterprise
 * policy paths in docs/admin.md name. The private key is not in the repository and is not needed to load the
 * extension unpacked or to push it by policy (docs/admin.md says who keeps it and when it is needed).
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz7uvz/KQ7R+afDDE6ew7DYbZrJChZQR+I/x2vf5ON6HY+V6LEJ4ZX7lzNN5EobQZ1WhndGGnqxbhVxSh1qRZKDMxcGSdlL0sK2iLVQRq+KA2c1Jzr1JYiO4ZTUTmcVYuQiUh3LU667Fzf7JmU/cQMwYhowllGYgagl5QN9EWd/9+tbgItA1v+zkl6PZIm/gh4BHMwtgqV9MR/YbkyS5SjCmI1piNhB6E0ktV/6wU0kaknUAy9SKY8AXXNjiA8rM5bAhI4g5QG1f40AqNvAz5Ysb0f75uqb1EnP76E9ZDxuIT1ygufzlmm8H7EHfzyAPMT928WQCKmRQ+QA11AAsnkQIDAQAB';
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false, // explicit imports everywhere: easier to read and to tree-shake
  // QG_PROFILE_BUILD=1: an unminified build, so a performance trace names our functions (docs/benchmarks.md).
  vite: () => ({ plugins: [preact()], ...(process.env.QG_PROFILE_BUILD ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: 'QunGuard 群规卫士',
    description: '在网页版微信中落实公司群规：昵称规范、敏感内容提醒、免打扰时段、客户沟通记录。数据只存本机。',
    default_locale: undefined,
    icons: ICONS,
    action: { default_icon: ICONS, default_title: 'QunGuard 群规卫士' },
    // Chrome only: Firefox reads its id from browser_specific_settings and rejects `key`.
    ...(browser === 'firefox' ? {} : { key: EXTENSION_KEY }),
    // storage: policy + settings; unlimitedStorage: the local log may grow past the default quota;
    // alarms: the daily retention purge and the outbox drain; scripting: bring the content script back into chat
    // tabs that were open during an update (utils/background/reinject.ts).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    host_permissions: CHAT_HOST_MATCHES,
    storage: { managed_schema: 'managed_schema.json' },
    // The default policy plus 'wasm-unsafe-eval': the hash chain's SHA-256 runs in WebAssembly (utils/tamper/sha256.ts).
    // No remote code and no eval of JavaScript.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the machine: declare that no data is collected.
            gecko: { id: 'qunguard@example.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
