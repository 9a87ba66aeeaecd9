/** Plain-Chinese explanation of each reason code, shown in badges, the summary and the playground. */
import type { NicknameVerdict, ReasonCode } from './model';

export const REASON_TEXT: Record<ReasonCode, string> = {
  separator: '分隔符不规范，应使用“-”',
  spaces: '含多余空格或全角空格',
  fullwidth: '含全角字母或数字',
  'missing-separator': '部门和姓名之间缺少“-”',
  reversed: '顺序颠倒，应为 部门-姓名',
  bracketed: '部门不应写在括号里',
  traditional: '使用了繁体字',
  decoration: '含表情或装饰符号',
  'trailing-digits': '末尾有多余数字',
  'missing-field': '缺少部门等必填部分',
  'unknown-department': '部门不在公司部门列表中',
  'unknown-region': '地区不在地区列表中',
  'unknown-value': '公司或职位不在列表中',
  'bad-name': '姓名格式不对（应为 2–4 个汉字）',
  pattern: '不符合管理员设定的命名规则',
  'roster-mismatch': '与花名册登记的不一致',
  'roster-typo': '与花名册中的人相近，可能写错了字',
  outsider: '不在花名册中（内部群禁止外部人员）',
  empty: '昵称为空',
};

export function explain(verdict: NicknameVerdict): string {
  switch (verdict.verdict) {
    case 'ok':
      return '昵称符合规范';
    case 'exempt':
      return `豁免：${verdict.reason}`;
    case 'outsider':
      return REASON_TEXT.outsider;
    case 'bad': {
      const reasons = verdict.reasons.map((r) => REASON_TEXT[r]).join('；');
      if (!verdict.suggestion) return reasons;
      return `${reasons}。建议改为：${verdict.suggestion}${verdict.confidence === 'likely' ? '？' : ''}`;
    }
  }
}
