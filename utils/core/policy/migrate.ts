/**
 * Policy documents carry their format version (`schemaVersion`). A document written by an older build is
 * brought up to date step by step before it is validated — stored, imported and managed documents alike, so
 * an admin's file or an enterprise push from an older build keeps working and is never replaced by defaults.
 *
 * Adding a format version N+1: bump POLICY_SCHEMA_VERSION and the schema's `schemaVersion` const, and append a
 * step `{ from: N, migrate }` here that rewrites what changed (renamed or reshaped fields). Steps never drop
 * what they do not understand: validation reports it and the document is kept, not applied.
 */
import { POLICY_SCHEMA_VERSION } from './model';

export interface PolicyMigration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Version 1 is the first format: nothing to migrate yet. */
export const POLICY_MIGRATIONS: readonly PolicyMigration[] = [];

export type MigrationResult =
  | { ok: true; doc: unknown; from: number | null }
  /** Written by a newer build than this one: left as it is. */
  | { ok: false; newer: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Bring `raw` to `target` (default: this build's version). A copy is migrated, the input is never changed.
 * Anything that is not a versioned document (no object, no integer version, no step for its version) is
 * returned unchanged for validation to report; `from` says which version a migrated document had.
 */
export function migratePolicyDocument(raw: unknown, target = POLICY_SCHEMA_VERSION, steps: readonly PolicyMigration[] = POLICY_MIGRATIONS): MigrationResult {
  if (!isRecord(raw) || !Number.isInteger(raw.schemaVersion)) return { ok: true, doc: raw, from: null };
  const version = raw.schemaVersion as number;
  if (version > target) return { ok: false, newer: version };
  if (version === target) return { ok: true, doc: raw, from: null };
  let doc: Record<string, unknown> = structuredClone(raw);
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) return { ok: true, doc: raw, from: null }; // no way forward: validation reports the version
    doc = { ...step.migrate(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}
