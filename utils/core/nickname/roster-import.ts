/**
 * Staff roster from a spreadsheet table (CSV or XLSX rows), including the member export of the WeCom admin
 * console: columns are found by their header (姓名 / 部门 / 职务 …) in the first 10 rows; a WeCom department
 * cell is a path ("总公司/华南区/销售部") and may list several separated by ";" — the last segment of each counts.
 * Every problem comes back with its 1-based line number; the caller saves nothing unless `errors` is empty.
 */
import { message, type CoreMessage } from '../message';
import type { RosterEntry } from './model';

export interface RosterProblem extends CoreMessage {
  line: number;
}

export interface RosterImport {
  entries: RosterEntry[];
  /** Problems by file line (0 = the whole file); each a code the UI words. */
  errors: RosterProblem[];
  warnings: RosterProblem[];
  /** Which header was used for which field (shown in the preview). */
  columns: Partial<Record<keyof RosterEntry | 'departments', string>>;
  headerLine: number;
}

const HEADERS: Array<[keyof RosterEntry, RegExp]> = [
  ['name', /^(姓名|名字|员工姓名|成员姓名|真实姓名|name)$/i],
  ['departments', /^(部门|所属部门|部门名称|department|dept)$/i],
  ['region', /^(地区|区域|城市|所在地区|region)$/i],
  ['company', /^(公司|单位|企业|所属公司|company)$/i],
  ['title', /^(职务|职位|岗位|title|position)$/i],
  ['exempt', /^(豁免|高管|可用本名|exempt)$/i],
];
const TRUTHY = /^(是|y|yes|true|1|√|✓|x)$/i;

export function departmentsFromCell(cell: string): string[] {
  return cell
    .split(/[;；\n]/)
    .map((path) => path.split(/[/／>]/).pop()!.trim())
    .filter(Boolean)
    .filter((dept, i, all) => all.indexOf(dept) === i);
}

export function rosterFromTable(rows: string[][], requireDepartment = true): RosterImport {
  const result: RosterImport = { entries: [], errors: [], warnings: [], columns: {}, headerLine: 0 };
  const clean = (v: unknown) => String(v ?? '').replace(/^\uFEFF/, '').trim();
  let headerIndex = -1;
  const index: Partial<Record<keyof RosterEntry, number>> = {};
  for (let r = 0; r < Math.min(rows.length, 10) && headerIndex < 0; r++) {
    const row = rows[r]!.map(clean);
    const nameCol = row.findIndex((cell) => HEADERS[0]![1].test(cell));
    if (nameCol < 0) continue;
    headerIndex = r;
    for (const [field, re] of HEADERS) {
      const col = row.findIndex((cell) => re.test(cell));
      if (col >= 0) {
        index[field] = col;
        result.columns[field] = row[col];
      }
    }
  }
  if (headerIndex < 0) {
    result.errors.push({ line: 1, ...message('rosterNoNameColumn') });
    return result;
  }
  result.headerLine = headerIndex + 1;
  if (requireDepartment && index.departments === undefined) {
    result.errors.push({ line: headerIndex + 1, ...message('rosterNoDepartmentColumn') });
    return result;
  }
  const seen = new Map<string, number>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!.map(clean);
    const line = r + 1;
    if (row.every((cell) => !cell)) continue;
    const cell = (field: keyof RosterEntry) => (index[field] === undefined ? '' : (row[index[field]!] ?? ''));
    const name = cell('name');
    if (!name) {
      result.errors.push({ line, ...message('rosterEmptyName') });
      continue;
    }
    if (name.length > 32) {
      result.errors.push({ line, ...message('rosterNameTooLong', { length: name.length, max: 32 }) });
      continue;
    }
    const departments = departmentsFromCell(cell('departments'));
    if (requireDepartment && !departments.length) {
      result.errors.push({ line, ...message('rosterEmptyDepartment', { name }) });
      continue;
    }
    const tooLong = departments.find((d) => d.length > 30);
    if (tooLong) {
      result.errors.push({ line, ...message('rosterDepartmentTooLong', { value: `${tooLong.slice(0, 40)}…` }) });
      continue;
    }
    const entry: RosterEntry = { name, departments };
    for (const field of ['region', 'company', 'title'] as const) {
      const value = cell(field);
      if (value) entry[field] = value.slice(0, 30);
    }
    if (TRUTHY.test(cell('exempt'))) entry.exempt = true;
    const key = `${name}\u001f${departments.join(';')}`;
    if (seen.has(key)) result.warnings.push({ line, ...message('rosterDuplicate', { first: seen.get(key)! }) });
    else {
      seen.set(key, line);
      result.entries.push(entry);
    }
  }
  if (!result.entries.length && !result.errors.length) result.errors.push({ line: headerIndex + 2, ...message('rosterNoRows') });
  return result;
}
