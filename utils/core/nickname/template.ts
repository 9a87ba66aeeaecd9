/** Nickname templates: `{部门}-{姓名}`, `{地区}-{姓名}`, `{公司}{部门}{职位}{姓名}` or any mix of the five fields. */
import type { NicknameField } from './model';

export type TemplatePart = { field: NicknameField } | { literal: string };

const FIELDS: readonly NicknameField[] = ['部门', '姓名', '地区', '公司', '职位'];

export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{([^}]+)\}|([^{]+)/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m[1] !== undefined) {
      if (!FIELDS.includes(m[1] as NicknameField)) throw new Error(`未知字段 {${m[1]}}（可用：${FIELDS.map((f) => `{${f}}`).join(' ')}）`);
      parts.push({ field: m[1] as NicknameField });
    } else parts.push({ literal: m[2]! });
  }
  if (!parts.some((p) => 'field' in p && p.field === '姓名')) throw new Error('模板必须包含 {姓名}');
  return parts;
}

export function templateFields(parts: TemplatePart[]): NicknameField[] {
  return parts.flatMap((p) => ('field' in p ? [p.field] : []));
}

/** True when every two fields are separated by a literal (then '-'-splitting parses it). */
export function isSeparated(parts: TemplatePart[]): boolean {
  for (let i = 1; i < parts.length; i++) if ('field' in parts[i]! && 'field' in parts[i - 1]!) return false;
  return true;
}

export function formatTemplate(parts: TemplatePart[], values: Partial<Record<NicknameField, string>>): string | null {
  let out = '';
  for (const part of parts) {
    if ('literal' in part) out += part.literal;
    else {
      const value = values[part.field];
      if (!value) return null;
      out += value;
    }
  }
  return out;
}

/** Validation message for the options page, or null. */
export function templateProblem(template: string): string | null {
  try {
    parseTemplate(template);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
