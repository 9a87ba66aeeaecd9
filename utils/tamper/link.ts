/**
 * One link of a hash chain, the same for the database at rest (utils/store/chain.ts) and for exported files
 * (utils/export/chain.ts).
 *
 * What is hashed: `hash = SHA-256(prev + "\n" + canonical(row))`, where `prev` is the hash of the row before
 * (GENESIS, 64 zeros, before the first row) and `row` is whatever the chain's owner decides a row's content is.
 * Why: each hash covers the row and, through `prev`, every row before it, so an edited, removed, inserted or
 * reordered row breaks the chain from there on. Without a secret this proves integrity against edits made without
 * recomputing the chain; the last hash, kept elsewhere, pins the whole chain.
 */
import { canonical } from './canonical';
import { sha256Hex } from './sha256';

/** The `prev` of a chain's first row. */
export const GENESIS = '0'.repeat(64);

/** The hash of `row` linked after the row whose hash is `prev`. */
export function linkHash(prev: string, row: Record<string, unknown>): string {
  return sha256Hex(`${prev}\n${canonical(row)}`);
}
