import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHAT_HOST_MATCHES } from './utils/site/hosts';

// Manifest and build wiring only; behaviour lives in utils/ and entrypoints/*/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false, // explicit imports everywhere: easier to read and to tree-shake
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'QunGuard 群规卫士',
    description: '在网页版微信中落实公司群规：昵称规范、敏感内容提醒、免打扰时段、客户沟通记录。数据只存本机。',
    default_locale: undefined,
    // storage: policy + settings; unlimitedStorage: the local log may grow past the default quota;
    // alarms: the daily retention purge and the outbox drain; scripting: bring the content script back into chat
    // tabs that were open during an update (utils/background/reinject.ts).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    host_permissions: CHAT_HOST_MATCHES,
    storage: { managed_schema: 'managed_schema.json' },
    // The default policy plus 'wasm-unsafe-eval': the hash chain's SHA-256 runs in WebAssembly (utils/export/sha256.ts).
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
