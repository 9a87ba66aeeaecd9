import { describe, expect, it } from 'vitest';
import { prepareSha256, sha256Engine, sha256Hex, sha256HexJs } from '@/utils/tamper/sha256';

const SAMPLES = ['', 'abc', '销售部-张三\n报价单', 'x'.repeat(1000), '🙂 emoji and \u0000 nul', '长'.repeat(70_000)]; // the last outgrows the reused buffer
const webCrypto = async (text: string) => Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

describe('SHA-256 used by the hash chains', () => {
  it('the pure-JS fallback gives the same digests as Web Crypto', async () => {
    for (const text of SAMPLES) expect(sha256HexJs(text)).toBe(await webCrypto(text));
  });

  it('the WebAssembly digest gives the same digests as Web Crypto, also when called repeatedly', async () => {
    await prepareSha256();
    expect(sha256Engine()).toBe('wasm');
    for (const text of [...SAMPLES, ...SAMPLES]) expect(sha256Hex(text)).toBe(await webCrypto(text));
  });
});
