/**
 * SHA-256, the digest of every tamper-evidence link (utils/tamper/link.ts), synchronous once ready.
 *
 * Why not Web Crypto: WebAssembly (hash-wasm) does a chained row in ~2.4 µs here; Web Crypto costs ~22 µs a call
 * (2.2 s for 100,000 rows, over the export goal on its own) and, being async, cannot run inside the IndexedDB
 * transaction that links a row. Where WebAssembly is unavailable (a stricter CSP), the pure-JS @noble/hashes digest
 * is used instead: ~4x slower, same digests. Both are checked against Web Crypto in test/unit/export/sha256.test.ts.
 * Call prepareSha256() once in a context before hashing many rows, or the slower JS digest is used.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createSHA256, type IHasher } from 'hash-wasm';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
let wasm: IHasher | null = null;
/** Reused UTF-8 buffer: encoding into it and hashing bytes is ~2.8x faster in Chromium than hashing a string. */
let utf8 = new Uint8Array(1 << 16);
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
  if (utf8.length < text.length * 3) utf8 = new Uint8Array(text.length * 3); // UTF-8 needs at most 3 bytes a unit
  const { written } = encoder.encodeInto(text, utf8);
  wasm.init();
  wasm.update(utf8.subarray(0, written));
  const digest = wasm.digest('binary');
  let hex = '';
  for (let i = 0; i < digest.length; i++) hex += HEX[digest[i]!];
  return hex;
}
