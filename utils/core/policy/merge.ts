/** Deep merge for policy documents: objects merge key by key; arrays and scalars replace. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys never merged (validation refuses them too): `__proto__` would replace the result's prototype. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined || RESERVED.has(key)) continue;
    out[key] = Object.hasOwn(out, key) ? deepMerge(out[key], value) : value;
  }
  return out as T;
}

/**
 * Leaf paths set by a managed (enterprise) policy, e.g. `records.storeText`. These fields are locked in the
 * options page. Arrays count as one leaf.
 */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

export function isLocked(path: string, locked: readonly string[]): boolean {
  return locked.some((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
}
