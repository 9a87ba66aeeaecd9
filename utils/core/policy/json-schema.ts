/**
 * A small interpreter for the subset of JSON Schema our policy schema uses: type, const, enum, properties,
 * required, additionalProperties, items, minItems/maxItems, minimum/maximum, minLength/maxLength, pattern,
 * uniqueItems. It runs without eval (extension pages forbid it) and reports every error with a JSON path.
 */
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

export interface ValidationIssue {
  /** JSON path, `$.nickname.template`, `$.sensitive.terms[3].term`. */
  path: string;
  /** Reason in plain Chinese, for admins. */
  reason: string;
}

const TYPE_NAMES: Record<string, string> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  integer: '整数',
  number: '数字',
  boolean: '布尔值 (true/false)',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function validateAgainst(schema: SchemaNode, value: unknown, path = '$', issues: ValidationIssue[] = []): ValidationIssue[] {
  if (issues.length >= 50) return issues; // enough to fix a file; avoids huge lists for a wrong file
  if ('const' in schema && value !== schema.const) {
    issues.push({ path, reason: `必须是 ${JSON.stringify(schema.const)}` });
    return issues;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    issues.push({ path, reason: `必须是以下之一：${schema.enum.map((v) => JSON.stringify(v)).join(' / ')}` });
    return issues;
  }
  const actual = typeOf(value);
  if (schema.type) {
    const ok = schema.type === 'number' ? actual === 'number' || actual === 'integer' : actual === schema.type;
    if (!ok) {
      issues.push({ path, reason: `应为${TYPE_NAMES[schema.type]}，实际是 ${actual}` });
      return issues;
    }
  }
  if (actual === 'string') {
    const text = value as string;
    if (schema.minLength !== undefined && text.length < schema.minLength) issues.push({ path, reason: `长度至少 ${schema.minLength}` });
    if (schema.maxLength !== undefined && text.length > schema.maxLength) issues.push({ path, reason: `长度最多 ${schema.maxLength}` });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) issues.push({ path, reason: `格式不对（应匹配 ${schema.pattern}）` });
  }
  if (actual === 'number' || actual === 'integer') {
    const num = value as number;
    if (schema.minimum !== undefined && num < schema.minimum) issues.push({ path, reason: `不能小于 ${schema.minimum}` });
    if (schema.maximum !== undefined && num > schema.maximum) issues.push({ path, reason: `不能大于 ${schema.maximum}` });
  }
  if (actual === 'array') {
    const list = value as unknown[];
    if (schema.minItems !== undefined && list.length < schema.minItems) issues.push({ path, reason: `至少 ${schema.minItems} 项` });
    if (schema.maxItems !== undefined && list.length > schema.maxItems) issues.push({ path, reason: `最多 ${schema.maxItems} 项` });
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) issues.push({ path: `${path}[${i}]`, reason: '与前面的项重复' });
        seen.add(key);
      });
    }
    if (schema.items) list.forEach((item, i) => validateAgainst(schema.items!, item, `${path}[${i}]`, issues));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) issues.push({ path: childPath(path, key), reason: '缺少必填项' });
    }
    for (const [key, child] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (sub) validateAgainst(sub, child, childPath(path, key), issues);
      else if (schema.additionalProperties === false) issues.push({ path: childPath(path, key), reason: '未知字段（拼写错误？）' });
      else if (typeof schema.additionalProperties === 'object') validateAgainst(schema.additionalProperties, child, childPath(path, key), issues);
    }
  }
  return issues;
}
