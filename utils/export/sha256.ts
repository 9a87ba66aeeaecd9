/**
 * SHA-256 for the hash chains, synchronous once ready. WebAssembly (hash-wasm) does a chained row in ~2.4 µs here;
 * Web Crypto costs ~22 µs a call (2.2 s for 100,000 rows, over the export goal on its own) and, being async, cannot
 * run inside the IndexedDB transaction that links a row. Where WebAssembly is unavailable (a stricter CSP), the
 * pure-JS @noble/hashes digest is used instead: ~4x slower, same digests. Both are checked against Web Crypto in
 * test/unit/export/sha256.test.ts.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createSHA256, type IHasher } from 'hash-wasm';

const encoder = new TextEncoder();
let wasm: IHasher | null = null;
let loading: Promise<void> | null = null;

/** Pure-JS digest (the fallback, also used before the WebAssembly module has loaded). */
export function sha256HexJs(text: string): string {
  return bytesToHex(nobleSha256(encoder.encode(text)));
}

/** Load the WebAssembly hasher once; never rejects (on failure the JS digest stays in use). */
export function prepareSha256(): Promise<void> {
  loading ??= createSHA256().then(
    (hasher) => void (wasm = hasher),
    (error: unknown) => console.warn('[QunGuard] WebAssembly SHA-256 unavailable, using the JS digest', error),
  );
  return loading;
}

/** Which digest sha256Hex uses now (the benchmark reports it). */
export function sha256Engine(): 'wasm' | 'js' {
  return wasm ? 'wasm' : 'js';
}

/** Lower-case hex SHA-256 of the UTF-8 text. */
export function sha256Hex(text: string): string {
  if (!wasm) return sha256HexJs(text);
  wasm.init();
  wasm.update(text);
  return wasm.digest('hex');
}
