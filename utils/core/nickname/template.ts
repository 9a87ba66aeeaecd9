/** Nickname templates: `{部门}-{姓名}`, `{地区}-{姓名}`, `{公司}{部门}{职位}{姓名}` or any mix of the five fields. */
import { message, type CoreMessage } from '../message';
import type { NicknameField } from './model';

/** A template the admin wrote that cannot be used; `problem` says why (a code for the UI). */
export class TemplateError extends Error {
  constructor(readonly problem: CoreMessage) {
    super(problem.code);
  }
}

export type TemplatePart = { field: NicknameField } | { literal: string };

const FIELDS: readonly NicknameField[] = ['部门', '姓名', '地区', '公司', '职位'];

export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{([^}]+)\}|([^{]+)/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m[1] !== undefined) {
      if (!FIELDS.includes(m[1] as NicknameField)) throw new TemplateError(message('templateUnknownField', { field: `{${m[1]}}`, fields: FIELDS.map((f) => `{${f}}`).join(' ') }));
      parts.push({ field: m[1] as NicknameField });
    } else parts.push({ literal: m[2]! });
  }
  if (!parts.some((p) => 'field' in p && p.field === '姓名')) throw new TemplateError(message('templateNoName'));
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

/** What is wrong with a template (for the options page), or null. */
export function templateProblem(template: string): CoreMessage | null {
  try {
    parseTemplate(template);
    return null;
  } catch (error) {
    if (error instanceof TemplateError) return error.problem;
    throw error;
  }
}
