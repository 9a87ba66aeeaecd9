/** Policy section `sensitive` (content rules) and the shape of a hit. */
import type { Destination } from '../destination';
import type { PiiType } from './pii';

export type RuleAction = 'warn' | 'block';

export interface SensitiveTerm {
  term: string;
  category: string;
  action: RuleAction;
  /** Also match with repeated characters collapsed ("报报报价" -> 报价). Off by default: it breaks terms like 哈哈. */
  collapseRepeats?: boolean;
  /**
   * Where the term warns, relative to where the message comes from (utils/core/destination.ts). Absent = every
   * destination. The 商业机密 preset warns only for other customers, external and unknown chats.
   */
  destinations?: Destination[];
}

export type PresetId = 'business' | 'porn' | 'gambling' | 'malware' | 'ads';

export interface SensitivePolicy {
  enabled: boolean;
  /** Built-in term lists to include (see presets.ts). */
  presets: PresetId[];
  terms: SensitiveTerm[];
  /** The admin's edited copy of a preset's terms (options page → 敏感内容 → 查看/编辑词条); absent = the built-in list. */
  presetTerms?: Partial<Record<PresetId, SensitiveTerm[]>>;
  /** Phrases that are fine even though they contain a term (e.g. 合同工 for 合同). */
  allow: string[];
  pii: Record<PiiType, { enabled: boolean; action: RuleAction; destinations?: Destination[] }>;
  /** 仍然发送 needs a typed reason. */
  requireReason: boolean;
  /** Keep the message text in audit records (off: rule ids and categories only). */
  auditText: boolean;
}

export function defaultSensitivePolicy(): SensitivePolicy {
  return {
    enabled: true,
    presets: ['business', 'porn', 'gambling', 'malware', 'ads'],
    terms: [],
    allow: [],
    pii: {
      idCard: { enabled: true, action: 'warn' },
      mobile: { enabled: true, action: 'warn' },
      bankCard: { enabled: true, action: 'warn' },
      uscc: { enabled: true, action: 'warn' },
      email: { enabled: false, action: 'warn' },
    },
    requireReason: true,
    auditText: false,
  };
}

export interface Hit {
  /** Original-text positions [start, end). */
  start: number;
  end: number;
  /** `term:<category>:<term>` or `pii:<type>`. */
  rule: string;
  category: string;
  action: RuleAction;
}
