/**
 * Seed term lists admins start from. The policy chooses which presets apply, may replace a preset's list with its
 * own edited copy (`sensitive.presetTerms`), and adds its own terms.
 */
import { OUTSIDE_DESTINATIONS, type Destination } from '../destination';
import type { PresetId, SensitivePolicy, SensitiveTerm } from './model';

const list = (category: string, action: SensitiveTerm['action'], words: string, destinations?: readonly Destination[]) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((term): SensitiveTerm => (destinations ? { term, category, action, destinations: [...destinations] } : { term, category, action }));

export const PRESET_IDS: readonly PresetId[] = ['business', 'porn', 'gambling', 'malware', 'ads'];

// Typed by string so pages can index it with a preset id read from a list.
export const PRESETS: Record<string, SensitiveTerm[]> = {
  // Company policies forbid sending quotes, contracts and customer data "to unrelated people" (严禁转发给非相关人员):
  // in the customer's own chat and among our own people they are the job, so they warn only elsewhere.
  business: list('business', 'warn', '报价 报价单 底价 成本价 出厂价 合同 合同价 客户名单 客户资料 客户信息 内部资料 内部文件 业务通报 机密 绝密 保密文件 财务报表 薪资表 工资表 投标 标书 返点 回扣', OUTSIDE_DESTINATIONS),
  porn: list('porn', 'block', '色情 裸聊 约炮 黄色网站 成人视频 一夜情'),
  gambling: list('gambling', 'block', '赌博 博彩 百家乐 六合彩 赌场 网赌 下注 时时彩 老虎机'),
  malware: list('malware', 'block', '木马 钓鱼链接 破解版下载 外挂下载 免费领红包链接'),
  ads: list('ads', 'warn', '代开发票 刷单 兼职日结 加微信领 免费领取 贷款秒批 代办信用卡'),
};

/** A preset's terms as this policy has them: the admin's edited copy, else the built-in list. */
export function presetTermsOf(policy: Pick<SensitivePolicy, 'presetTerms'>, id: PresetId): SensitiveTerm[] {
  return policy.presetTerms?.[id] ?? PRESETS[id] ?? [];
}

/** Every term in force: chosen presets (as edited) + the company's own terms. */
export function effectiveTerms(policy: SensitivePolicy): SensitiveTerm[] {
  return [...policy.presets.flatMap((id) => presetTermsOf(policy, id)), ...policy.terms];
}

/**
 * The sensitive section with edited presets folded into `terms`, for compileDetector: the detector engine reads
 * only the built-in lists, so an added preset term is found only through this (the page and scan compile with it).
 */
export function detectorPolicy(policy: SensitivePolicy): SensitivePolicy {
  if (!policy.presetTerms || !Object.keys(policy.presetTerms).length) return policy;
  return { ...policy, presets: [], presetTerms: undefined, terms: effectiveTerms(policy) };
}

/** `term:<category>:<term>` → the term, as the detector names its hits. */
export function termsByRule(policy: SensitivePolicy): Map<string, SensitiveTerm> {
  const map = new Map<string, SensitiveTerm>();
  for (const t of effectiveTerms(policy)) if (!map.has(`term:${t.category}:${t.term}`)) map.set(`term:${t.category}:${t.term}`, t);
  return map;
}
