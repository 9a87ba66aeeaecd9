/**
 * Canonical JSON: the one text of a value that the tamper-evidence links hash (utils/tamper/link.ts).
 *
 * What and why: JSON with object keys sorted at every level (undefined members left out, like JSON.stringify), so
 * the same row always gives the same text — whichever order its fields were set in, in the database, in an export
 * or read back from a spreadsheet's cells. Changing this text changes every hash already written: stored chains
 * and exported files would no longer verify.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** JSON with object keys sorted at every level, so the same row always hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    // Fast path (every exported and stored row but log data): no nested objects, so JSON.stringify with the sorted
    // key list writes exactly what the general path below writes, several times faster.
    if (!keys.some((k) => isPlainObject(value[k]) || (Array.isArray(value[k]) && (value[k] as unknown[]).some((v) => v !== null && typeof v === 'object')))) {
      return JSON.stringify(value, keys);
    }
    return `{${keys
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
