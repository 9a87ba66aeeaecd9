/**
 * The nickname check: one name in, one verdict out (ok / bad + reasons + suggestion / exempt / outsider).
 * Order: exemptions → normalisation + template (or custom pattern) → roster → group scope.
 */
import { ROSTER_EXECUTIVE, ROSTER_EXEMPTION, type TemplateRule } from './model';
import { matchesPattern, type ChatClass } from '../classify';
import type { LinearRegex } from '../linear-regex';
import { compileSafe } from '../safe-regex';
import type { NicknameField, NicknamePolicy, NicknameVerdict, ReasonCode, RosterEntry } from './model';
import { isUnitLike, normalise } from './normalize';
import { buildRosterIndex, type RosterIndex } from './roster';
import { formatTemplate, isSeparated, parseTemplate, templateFields, type TemplatePart } from './template';

/** Names longer than this are cut before any regex runs (see safe-regex.ts). */
export const MAX_NAME_LENGTH = 64;
/** Shapes of each glued field when the admin gave no list; the shortest matching head is taken. */
const FIELD_SHAPES: Partial<Record<NicknameField, RegExp>> = {
  公司: /(?:分公司|公司|集团)$/u,
  部门: /(?:事业部|中心|部|处|科|室|组|办)$/u,
  地区: /(?:省|市|区|县|镇)$/u,
  职位: /(?:总经理|副总经理|经理|总监|主管|主任|专员|助理|组长|总裁|副总|董事长|秘书|工程师|顾问|会计|出纳|文员|店长|代表)$/u,
};

export interface CompiledNicknameRules {
  policy: NicknamePolicy;
  parts: TemplatePart[];
  fields: NicknameField[];
  /** The admin's own rule, on the linear-time matcher (null: none, or refused by the policy check). */
  custom: LinearRegex | null;
  roster: RosterIndex | null;
  units: string[];
  /** 2–4 Han characters (policy.name): a counted check, no pattern built from policy numbers. */
  nameShape: { test(name: string): boolean };
  /** The template these rules check, as the admin wrote it ({部门}-{姓名}): for 复制提醒's wording. */
  template: string;
  /** Per-group templates (policy.templateRules), each compiled like the main one; the first that fits wins. */
  byGroup: Array<{ rule: TemplateRule; rules: CompiledNicknameRules }>;
}

function compileOne(policy: NicknamePolicy, template: string): CompiledNicknameRules {
  const parts = parseTemplate(template);
  return {
    policy,
    template,
    parts,
    fields: templateFields(parts),
    custom: policy.customPattern ? compileSafe(policy.customPattern) : null,
    roster: policy.roster.length ? buildRosterIndex(policy.roster, parts) : null,
    units: [...policy.departments, ...policy.regions, ...policy.companies],
    nameShape: hanNameShape(policy.name.minHan, policy.name.maxHan),
    byGroup: [],
  };
}

/** Compile once per policy (templates, custom regex, roster index); reuse for every name. */
export function compileNicknameRules(policy: NicknamePolicy): CompiledNicknameRules {
  const main = compileOne(policy, policy.template);
  main.byGroup = (policy.templateRules ?? []).map((rule) => ({ rule, rules: compileOne(policy, rule.template) }));
  return main;
}

/** The rules for one group: the first template rule whose classes and pattern both fit, else the main template. */
export function rulesForGroup(c: CompiledNicknameRules, chatClass: ChatClass, chatName?: string): CompiledNicknameRules {
  for (const { rule, rules } of c.byGroup) {
    if (rule.classes?.length && !rule.classes.includes(chatClass as never)) continue;
    if (rule.groupPattern && (chatName === undefined || !matchesPattern(chatName, rule.groupPattern))) continue;
    if (!rule.classes?.length && !rule.groupPattern) continue; // a rule that says nowhere applies nowhere
    return rules;
  }
  return c;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/** minHan..maxHan Han characters. */
function hanNameShape(minHan: number, maxHan: number): { test(name: string): boolean } {
  return {
    test(name) {
      if (!ALL_HAN.test(name)) return false;
      let count = 0;
      for (const _ of name) count++; // code points: rare Han characters are outside the BMP
      return count >= minHan && count <= maxHan;
    },
  };
}

export interface CheckContext {
  /** Class of the group the name was seen in; outsiders are flagged only in internal groups. */
  chatClass: ChatClass;
  /** Today in the policy time zone, YYYY-MM-DD (exemption expiry). */
  today: string;
  /** The group's name, for templates chosen by group pattern (policy.templateRules). */
  chatName?: string;
}

const MISSING: Record<NicknameField, ReasonCode> = {
  部门: 'missing-department',
  地区: 'missing-region',
  公司: 'missing-company',
  职位: 'missing-title',
  姓名: 'missing-name',
};

const MISSING_CODES = new Set<ReasonCode>([...Object.values(MISSING), 'missing-field']);
const notMissing = (reasons: ReasonCode[]) => reasons.filter((r) => !MISSING_CODES.has(r));

/** One reason per part of the template the name lacks (缺少地区, 缺少职位 …). */
function missingReasons(c: CompiledNicknameRules, values: Partial<Record<NicknameField, string>>): ReasonCode[] {
  const missing = c.fields.filter((f) => !values[f]).map((f) => MISSING[f]);
  return missing.length ? missing : ['missing-field'];
}

function isValidName(name: string, c: CompiledNicknameRules): boolean {
  if (c.nameShape.test(name)) return true;
  return c.policy.name.allowMiddleDot && /^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u.test(name) && name.length <= 16;
}

interface Parsed {
  values: Partial<Record<NicknameField, string>>;
  reasons: ReasonCode[];
  /** Canonical nickname when every field was found and is valid. */
  canonical: string | null;
  /** Bare name (no other fields found), e.g. "李四". */
  bare: boolean;
}

function listFor(field: NicknameField, policy: NicknamePolicy): string[] {
  return field === '部门' ? policy.departments : field === '地区' ? policy.regions : field === '公司' ? policy.companies : field === '职位' ? policy.titles : [];
}

function parseSeparated(text: string, reasons: ReasonCode[], c: CompiledNicknameRules): Parsed {
  const fields = c.fields;
  let segments = text.split('-').filter(Boolean);
  if (segments.length === 1 && fields.length === 2) {
    // 销售部张三: find where a unit ends and a valid name starts.
    const whole = segments[0]!;
    for (let at = whole.length - c.policy.name.minHan; at >= 1; at--) {
      if (isUnitLike(whole.slice(0, at), c.units) && isValidName(whole.slice(at), c)) {
        segments = [whole.slice(0, at), whole.slice(at)];
        reasons.push('missing-separator');
        break;
      }
    }
  }
  const nameIndex = fields.indexOf('姓名');
  if (segments.length === 2 && fields.length === 2) {
    // 张三-销售部: the unit is on the name's side.
    const [a, b] = segments as [string, string];
    const nameSide = nameIndex === 1 ? b : a;
    const otherSide = nameIndex === 1 ? a : b;
    if (isUnitLike(nameSide, c.units) && !isUnitLike(otherSide, c.units) && isValidName(otherSide, c)) {
      segments = [b, a];
      reasons.push('reversed');
    }
  }
  const values: Parsed['values'] = {};
  if (segments.length === 1 && fields.length > 1) {
    values['姓名'] = segments[0];
    return { values, reasons: [...reasons, ...missingReasons(c, values)], canonical: null, bare: true };
  }
  if (segments.length !== fields.length) {
    reasons.push(segments.length < fields.length ? 'missing-field' : 'separator');
    return { values, reasons, canonical: null, bare: false };
  }
  fields.forEach((field, i) => (values[field] = segments[i]));
  return { values, reasons, canonical: validateValues(values, reasons, c), bare: false };
}

/** 华南公司销售部经理张三: peel known values (or unit/title-shaped words) off the front, the rest is the name. */
function parseGlued(text: string, reasons: ReasonCode[], c: CompiledNicknameRules): Parsed {
  const values: Parsed['values'] = {};
  let rest = text.replace(/-/g, '');
  for (const field of c.fields) {
    if (field === '姓名') continue;
    const list = listFor(field, c.policy);
    let found = list.filter((v) => rest.startsWith(v)).sort((a, b) => b.length - a.length)[0];
    const shape = FIELD_SHAPES[field];
    if (!found && !list.length && shape) {
      for (let at = 1; at <= Math.min(rest.length - c.policy.name.minHan, 12) && !found; at++) {
        if (shape.test(rest.slice(0, at))) found = rest.slice(0, at);
      }
    }
    if (found) {
      values[field] = found;
      rest = rest.slice(found.length);
    }
  }
  values['姓名'] = rest;
  const missing = c.fields.some((f) => !values[f]);
  if (missing) {
    reasons.push(...missingReasons(c, values));
    return { values, reasons, canonical: null, bare: Object.keys(values).length === 1 };
  }
  return { values, reasons, canonical: validateValues(values, reasons, c), bare: false };
}

function validateValues(values: Parsed['values'], reasons: ReasonCode[], c: CompiledNicknameRules): string | null {
  let valid = true;
  for (const field of c.fields) {
    const value = values[field]!;
    if (field === '姓名') {
      if (!isValidName(value, c)) {
        reasons.push('bad-name');
        valid = false;
      }
      continue;
    }
    const list = listFor(field, c.policy);
    if (list.length && !list.includes(value)) {
      reasons.push(field === '部门' ? 'unknown-department' : field === '地区' ? 'unknown-region' : 'unknown-value');
      valid = false;
    }
  }
  return valid ? formatTemplate(c.parts, values) : null;
}

function activeExemption(policy: NicknamePolicy, names: string[], today: string) {
  return policy.exemptions.find((e) => names.includes(e.name) && (!e.expires || e.expires >= today));
}

interface Judged {
  verdict: NicknameVerdict;
  /** The name was matched to someone on the roster (exactly, as a likely typo, or as an executive's 姓+总). */
  onRoster: boolean;
}

/** 王总 / 王董 for an executive on the roster whose surname is 王 (one- or two-character surname). */
function executiveBySurname(text: string, c: CompiledNicknameRules): RosterEntry | null {
  const m = /^(\p{Script=Han}{1,2})(?:总|董)$/u.exec(text);
  if (!m || !c.roster) return null;
  const surname = m[1]!;
  for (const entries of c.roster.byName.values()) {
    for (const e of entries) if (e.name.startsWith(surname) && e.name.length > surname.length && isExecutive(e, c.policy)) return e;
  }
  return null;
}

function isExecutive(entry: RosterEntry, policy: NicknamePolicy): boolean {
  return !!entry.title && (policy.executiveTitles ?? []).includes(entry.title);
}

function judgeName(raw: string, c0: CompiledNicknameRules, ctx: CheckContext): Judged {
  const c = rulesForGroup(c0, ctx.chatClass, ctx.chatName);
  const name = raw.slice(0, MAX_NAME_LENGTH);
  const shown = name.trim();
  if (!shown) return { verdict: { verdict: 'bad', name: raw, reasons: ['empty'] }, onRoster: false };

  const norm = normalise(name, c.units);
  if (!norm.text) return { verdict: { verdict: 'bad', name: raw, reasons: dedupe([...norm.reasons, 'empty']) }, onRoster: false };
  const parsed = isSeparated(c.parts) ? parseSeparated(norm.text, [...norm.reasons], c) : parseGlued(norm.text, [...norm.reasons], c);
  const personName = parsed.values['姓名'] ?? norm.text;

  const exemption = activeExemption(c.policy, [shown, norm.text, personName], ctx.today);
  if (exemption) return { verdict: { verdict: 'exempt', name: raw, reason: exemption.reason }, onRoster: !!c.roster?.byName.has(personName) };

  // A custom pattern replaces the template as the rule; normalisation still explains and suggests.
  let ruleOk = parsed.canonical !== null && parsed.reasons.length === 0 && parsed.canonical === name;
  if (c.custom) ruleOk = c.custom.test(name);

  if (c.roster) {
    const exact = c.roster.byName.get(personName);
    if (exact?.length) {
      const entry: RosterEntry = exact[0]!;
      if (parsed.bare && exact.some((e) => isExecutive(e, c.policy))) return { verdict: { verdict: 'exempt', name: raw, reason: ROSTER_EXECUTIVE }, onRoster: true };
      if (entry.exempt && parsed.bare) return { verdict: { verdict: 'exempt', name: raw, reason: ROSTER_EXEMPTION }, onRoster: true };
      const expectedAll = exact.flatMap((e) => (e.departments.length ? e.departments.map((d) => c.roster!.expected(e, d)) : [c.roster!.expected(e)]));
      if (expectedAll.includes(name) && (ruleOk || !c.custom)) return { verdict: { verdict: 'ok', name: raw }, onRoster: true };
      const suggestion = parsed.canonical && expectedAll.includes(parsed.canonical) ? parsed.canonical : c.roster.expected(entry);
      // A bare name lacks parts (缺少部门); a full one that differs from the roster is a mismatch.
      const reasons = (parsed.canonical && expectedAll.includes(parsed.canonical)) || parsed.bare ? parsed.reasons : [...parsed.reasons, 'roster-mismatch' as const];
      return { verdict: { verdict: 'bad', name: raw, reasons: dedupe(reasons.length ? reasons : ['roster-mismatch']), suggestion, confidence: 'certain' }, onRoster: true };
    }
    if (executiveBySurname(norm.text, c)) return { verdict: { verdict: 'exempt', name: raw, reason: ROSTER_EXECUTIVE }, onRoster: true };
    const best = c.roster.closest(parsed.canonical ?? norm.text, personName);
    if (best && best.score <= 0.35) {
      return {
        verdict: { verdict: 'bad', name: raw, reasons: dedupe([...notMissing(parsed.reasons), 'roster-typo']), suggestion: best.doc.nick, confidence: 'likely' },
        onRoster: true,
      };
    }
    if (ctx.chatClass === 'internal') return { verdict: { verdict: 'outsider', name: raw, reasons: ['outsider'] }, onRoster: false };
  }

  if (ruleOk) return { verdict: { verdict: 'ok', name: raw }, onRoster: false };
  // With the admin's own pattern, the template's parts are not the rule: say the pattern is not met.
  const reasons = c.custom ? notMissing(parsed.reasons) : parsed.reasons;
  const verdict: NicknameVerdict = {
    verdict: 'bad',
    name: raw,
    reasons: dedupe(reasons.length ? reasons : c.custom ? ['pattern'] : ['missing-field']),
  };
  if (parsed.canonical && parsed.canonical !== name) {
    verdict.suggestion = parsed.canonical;
    verdict.confidence = 'certain';
  }
  return { verdict, onRoster: false };
}

export function checkNickname(raw: string, c: CompiledNicknameRules, ctx: CheckContext): NicknameVerdict {
  return judgeName(raw, c, ctx).verdict;
}

/** Only our own people are checked in customer and external groups (scope `staff`): never customers. */
export function checksOnlyStaff(policy: NicknamePolicy, chatClass: ChatClass): boolean {
  return (policy.scope ?? 'staff') === 'staff' && (chatClass === 'customer' || chatClass === 'external');
}

/**
 * A group member's verdict, or null when the name is not one of ours and the group's scope checks only our own
 * people (a customer in a customer group): the page then marks nothing and counts nothing for that name.
 * The chat page calls this instead of checkNickname.
 */
export function checkMember(raw: string, c: CompiledNicknameRules, ctx: CheckContext): NicknameVerdict | null {
  if (!checksOnlyStaff(c.policy, ctx.chatClass)) return checkNickname(raw, c, ctx);
  if (!c.roster) return null; // without a roster we cannot tell staff from customers: check nobody
  const judged = judgeName(raw, c, ctx);
  return judged.onRoster ? judged.verdict : null;
}

/**
 * The account's own group nickname (the admin's or staff member's own notice): always checked where the group is
 * in scope at all — whoever runs QunGuard is one of our own people, roster or not.
 */
export function checkOwnNickname(raw: string, c: CompiledNicknameRules, ctx: CheckContext): NicknameVerdict {
  const verdict = checkNickname(raw, c, ctx);
  // Not on the roster yet is not the person's fault in their own notice: judge the name by the template alone.
  return verdict.verdict === 'outsider' ? checkNickname(raw, { ...rulesForGroup(c, ctx.chatClass, ctx.chatName), roster: null, byGroup: [] }, ctx) : verdict;
}

function dedupe(reasons: ReasonCode[]): ReasonCode[] {
  return [...new Set(reasons)];
}

/** Convenience for one-off checks (playground, tests): compile + check. */
export function checkOne(raw: string, policy: NicknamePolicy, ctx: CheckContext): NicknameVerdict {
  return checkNickname(raw, compileNicknameRules(policy), ctx);
}
