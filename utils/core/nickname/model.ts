/** Policy section `nickname` and the verdict shape. */

export type NicknameField = '部门' | '姓名' | '地区' | '公司' | '职位';

export const TEMPLATE_PRESETS = {
  'dept-name': '{部门}-{姓名}',
  'region-name': '{地区}-{姓名}',
  'company-dept-title-name': '{公司}{部门}{职位}{姓名}',
} as const;

export interface RosterEntry {
  name: string;
  /** One or more departments (WeCom lists several); the first is used for suggestions. */
  departments: string[];
  region?: string;
  company?: string;
  title?: string;
  /** Executives etc. who may use the bare name. */
  exempt?: boolean;
}

export interface Exemption {
  /** The nickname (or bare name) that is allowed. */
  name: string;
  reason: string;
  /** Last day the exemption applies, YYYY-MM-DD (policy time zone); absent = no expiry. */
  expires?: string;
}

/** A template for some groups: by chat class and/or group name pattern (plain text or /regex/). */
export interface TemplateRule {
  classes?: Array<'internal' | 'customer' | 'external' | 'unknown'>;
  groupPattern?: string;
  template: string;
}

export interface NicknamePolicy {
  enabled: boolean;
  /** `{部门}-{姓名}` style template; fields 部门 姓名 地区 公司 职位; literal separators between them. */
  template: string;
  /** Optional regular expression that replaces the template check (see utils/core/safe-regex.ts for bounds). */
  customPattern: string;
  departments: string[];
  regions: string[];
  companies: string[];
  titles: string[];
  name: { minHan: number; maxHan: number; allowMiddleDot: boolean };
  exemptions: Exemption[];
  /**
   * Templates for some groups (first that fits wins; else `template`): e.g. {地区}-{姓名} for regional groups,
   * {公司}{部门}{职位}{姓名} for an association's groups.
   */
  templateRules: TemplateRule[];
  /** Roster titles that make someone an executive: may use the bare name or 姓+总 (王总). */
  executiveTitles: string[];
  /**
   * Which groups are checked. `staff` (default): our own people — everyone in internal and unclassified groups,
   * and in customer / external groups only members found on the roster (never customers). `all` groups, only
   * `internal` ones, or names matching `groupPattern`.
   */
  scope: 'staff' | 'all' | 'internal' | 'matching';
  groupPattern: string;
  roster: RosterEntry[];
}

export function defaultNicknamePolicy(): NicknamePolicy {
  return {
    enabled: true,
    template: TEMPLATE_PRESETS['dept-name'],
    customPattern: '',
    departments: [],
    regions: [],
    companies: [],
    titles: [],
    name: { minHan: 2, maxHan: 4, allowMiddleDot: true },
    exemptions: [],
    templateRules: [],
    executiveTitles: ['董事长', '总裁', '副总裁', '总经理', '副总经理', 'CEO'],
    scope: 'staff',
    groupPattern: '',
    roster: [],
  };
}

export type ReasonCode =
  | 'separator'
  | 'spaces'
  | 'fullwidth'
  | 'missing-separator'
  | 'reversed'
  | 'bracketed'
  | 'traditional'
  | 'decoration'
  | 'trailing-digits'
  | 'missing-field'
  /** The part the group's template asks for and the name lacks (缺少部门 / 缺少地区 / 缺少公司 / 缺少职位 / 缺少姓名). */
  | 'missing-department'
  | 'missing-region'
  | 'missing-company'
  | 'missing-title'
  | 'missing-name'
  | 'unknown-department'
  | 'unknown-region'
  | 'unknown-value'
  | 'bad-name'
  | 'pattern'
  | 'roster-mismatch'
  | 'roster-typo'
  | 'outsider'
  | 'empty';

export type NicknameVerdict =
  | { verdict: 'ok'; name: string }
  /** reason: the exemption's own text, or ROSTER_EXEMPTION when the roster allows the bare name. */
  | { verdict: 'exempt'; name: string; reason: string }
  | { verdict: 'outsider'; name: string; reasons: ReasonCode[] }
  | {
      verdict: 'bad';
      name: string;
      reasons: ReasonCode[];
      /** The nickname to use instead, when one can be derived. */
      suggestion?: string;
      /** `likely` = a fuzzy roster match (shown with a question mark). */
      confidence?: 'certain' | 'likely';
      detail?: string;
    };

/** An exempt verdict's reason when the roster (not the exemption list) allows the bare name; worded by the UI. */
export const ROSTER_EXEMPTION = 'roster';
/** An exempt verdict's reason for an executive (roster title in executiveTitles): bare name or 姓+总. */
export const ROSTER_EXECUTIVE = 'executive';
