/**
 * A small interpreter for the subset of JSON Schema our policy schema uses: type, const, enum, properties,
 * required, additionalProperties, items, minItems/maxItems, minimum/maximum, minLength/maxLength, pattern,
 * uniqueItems. It runs without eval (extension pages forbid it) and reports every error with a JSON path.
 */
import { message, type CoreMessage } from '../message';

export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  description?: string;
}

/** One problem in a policy: where (JSON path, `$.nickname.template`, `$.sensitive.terms[3].term`) and what. */
export interface ValidationIssue extends CoreMessage {
  path: string;
}


function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Keys named like Object.prototype members (`__proto__`, `constructor`, `toString`, `hasOwnProperty`…): at any
 * level they are refused, because `properties[key]` would find the built-in, and `__proto__` assigned while
 * merging replaces the merged object's prototype.
 */
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function validateAgainst(schema: SchemaNode, value: unknown, path = '$', issues: ValidationIssue[] = []): ValidationIssue[] {
  if (issues.length >= 50) return issues; // enough to fix a file; avoids huge lists for a wrong file
  if ('const' in schema && value !== schema.const) {
    issues.push({ path, ...message('const', { value: JSON.stringify(schema.const) }) });
    return issues;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    issues.push({ path, ...message('enum', { values: schema.enum.map((v) => JSON.stringify(v)).join(' / ') }) });
    return issues;
  }
  const actual = typeOf(value);
  if (schema.type) {
    const ok = schema.type === 'number' ? actual === 'number' || actual === 'integer' : actual === schema.type;
    if (!ok) {
      issues.push({ path, ...message('type', { expected: schema.type, actual }) });
      return issues;
    }
  }
  if (actual === 'string') {
    const text = value as string;
    if (schema.minLength !== undefined && text.length < schema.minLength) issues.push({ path, ...message('minLength', { n: schema.minLength }) });
    if (schema.maxLength !== undefined && text.length > schema.maxLength) issues.push({ path, ...message('maxLength', { n: schema.maxLength }) });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) issues.push({ path, ...message('pattern', { pattern: schema.pattern }) });
  }
  if (actual === 'number' || actual === 'integer') {
    const num = value as number;
    if (schema.minimum !== undefined && num < schema.minimum) issues.push({ path, ...message('minimum', { n: schema.minimum }) });
    if (schema.maximum !== undefined && num > schema.maximum) issues.push({ path, ...message('maximum', { n: schema.maximum }) });
  }
  if (actual === 'array') {
    const list = value as unknown[];
    if (schema.minItems !== undefined && list.length < schema.minItems) issues.push({ path, ...message('minItems', { n: schema.minItems }) });
    if (schema.maxItems !== undefined && list.length > schema.maxItems) issues.push({ path, ...message('maxItems', { n: schema.maxItems }) });
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) issues.push({ path: `${path}[${i}]`, ...message('duplicate') });
        seen.add(key);
      });
    }
    if (schema.items) list.forEach((item, i) => validateAgainst(schema.items!, item, `${path}[${i}]`, issues));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(record, key)) issues.push({ path: childPath(path, key), ...message('required') });
    }
    for (const [key, child] of Object.entries(record)) {
      if (isReservedKey(key)) {
        issues.push({ path: childPath(path, key), ...message('reservedKey', { key }) });
        continue;
      }
      const sub = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (sub) validateAgainst(sub, child, childPath(path, key), issues);
      else if (schema.additionalProperties === false) issues.push({ path: childPath(path, key), ...message('unknownField') });
      else if (typeof schema.additionalProperties === 'object') validateAgainst(schema.additionalProperties, child, childPath(path, key), issues);
    }
  }
  return issues;
}
