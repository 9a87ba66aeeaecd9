/**
 * Nickname verdicts in words, for the chat page's badges and card and the options page's playground. The core only
 * returns reason codes (utils/core/nickname/model.ts); these tables say them. [zh-CN, en].
 */
import { ROSTER_EXECUTIVE, ROSTER_EXEMPTION, type NicknameVerdict, type ReasonCode } from '../../core/nickname/model';
import { ruleReasonMessages } from './rules-reasons';
import { defineMessages, type Params } from '../define';

export const nicknameReasonMessages = defineMessages({
  ...ruleReasonMessages,
  'reason.separator': ['分隔符不规范，应使用“-”', 'Wrong separator; use “-”'],
  'reason.spaces': ['含多余空格或全角空格', 'Extra or full-width spaces'],
  'reason.fullwidth': ['含全角字母或数字', 'Full-width letters or digits'],
  'reason.missing-separator': ['部门和姓名之间缺少“-”', 'Missing “-” between department and name'],
  'reason.reversed': ['顺序颠倒，应为 部门-姓名', 'Reversed; it should be Department-Name'],
  'reason.bracketed': ['部门不应写在括号里', 'The department should not be in brackets'],
  'reason.traditional': ['使用了繁体字', 'Uses traditional characters'],
  'reason.decoration': ['含表情或装饰符号', 'Contains emoji or decorations'],
  'reason.trailing-digits': ['末尾有多余数字', 'Extra digits at the end'],
  'reason.missing-field': ['缺少部门等必填部分', 'A required part (like the department) is missing'],
  'reason.unknown-department': ['部门不在公司部门列表中', 'The department is not on the company’s list'],
  'reason.unknown-region': ['地区不在地区列表中', 'The region is not on the list'],
  'reason.unknown-value': ['公司或职位不在列表中', 'The company or title is not on the list'],
  'reason.bad-name': ['姓名格式不对（应为 2–4 个汉字）', 'The name has the wrong form (2–4 Han characters)'],
  'reason.pattern': ['不符合管理员设定的命名规则', 'Does not match the administrator’s naming rule'],
  'reason.roster-mismatch': ['与花名册登记的不一致', 'Differs from the roster'],
  'reason.roster-typo': ['与花名册中的人相近，可能写错了字', 'Close to someone on the roster; probably a typo'],
  'reason.outsider': ['不在花名册中（内部群禁止外部人员）', 'Not on the roster (no outsiders in internal groups)'],
  'reason.empty': ['昵称为空', 'Empty nickname'],
  'verdict.ok': ['昵称符合规范', 'The nickname follows the rules'],
  'verdict.exempt': ['豁免：{reason}', 'Exempt: {reason}'],
  'verdict.exemptRoster': ['花名册：可用本名', 'Roster: may use their own name'],
  'verdict.suggest': ['{reasons}。建议改为：{suggestion}', '{reasons}. Suggested: {suggestion}'],
  'verdict.likely': ['？', '?'],
});

type ReasonT = (key: keyof typeof nicknameReasonMessages | 'list.semicolon', params?: Params) => string;

export function reasonText(t: ReasonT, code: ReasonCode): string {
  return t(`reason.${code}`);
}

export function reasonsText(t: ReasonT, codes: ReasonCode[]): string {
  return codes.map((code) => reasonText(t, code)).join(t('list.semicolon'));
}

/** One line for a verdict: what is wrong and the fix, or why it is fine. */
export function explain(t: ReasonT, verdict: NicknameVerdict): string {
  switch (verdict.verdict) {
    case 'ok':
      return t('verdict.ok');
    case 'exempt':
      return t('verdict.exempt', { reason: verdict.reason === ROSTER_EXEMPTION ? t('verdict.exemptRoster') : verdict.reason === ROSTER_EXECUTIVE ? t('verdict.exemptExecutive') : verdict.reason });
    case 'outsider':
      return reasonText(t, 'outsider');
    case 'bad': {
      const reasons = reasonsText(t, verdict.reasons);
      if (!verdict.suggestion) return reasons;
      return t('verdict.suggest', { reasons, suggestion: verdict.suggestion + (verdict.confidence === 'likely' ? t('verdict.likely') : '') });
    }
  }
}
