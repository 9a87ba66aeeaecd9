/**
 * The policy document: one versioned JSON object holding every rule. Sections are added by features; each
 * section has its defaults here and its schema in public/policy.schema.json (the single source of truth for
 * what a file may contain).
 */
export interface RecordsPolicy {
  storeText: boolean;
  maxTextChars: number;
  retentionDays: number;
}

export interface Policy {
  schemaVersion: 1;
  name: string;
  updatedAt?: string;
  records: RecordsPolicy;
}

export const POLICY_SCHEMA_VERSION = 1;

export function defaultPolicy(): Policy {
  return {
    schemaVersion: 1,
    name: '默认群规',
    records: { storeText: false, maxTextChars: 500, retentionDays: 180 },
  };
}
