/**
 * The policy document: one versioned JSON object holding every rule. Sections are added by features; each
 * section has its defaults here and its schema in public/policy.schema.json (the single source of truth for
 * what a file may contain).
 */
import { defaultNicknamePolicy, type NicknamePolicy } from '../nickname/model';
import type { GroupsPolicy } from '../classify';
import { defaultSensitivePolicy, type SensitivePolicy } from '../detector/model';
import { defaultQuietHours, type QuietHoursPolicy } from '../quiet-hours';

export interface EtiquettePolicy {
  /** Warn above this many characters (0 = off): "内容请在200字内，超过则使用链接分享". */
  maxChars: number;
  linksInCustomerGroups: boolean;
}

export type ForwardDecision = 'allow' | 'warn' | 'block';
export interface ForwardingPolicy {
  internal: ForwardDecision;
  customer: ForwardDecision;
  external: ForwardDecision;
  unknown: ForwardDecision;
}

export interface RecordsPolicy {
  storeText: boolean;
  maxTextChars: number;
  retentionDays: number;
}

export interface Policy {
  schemaVersion: 1;
  name: string;
  updatedAt?: string;
  /** IANA zone used for days, quiet hours and expiry dates (not the machine's zone). */
  timeZone: string;
  records: RecordsPolicy;
  groups: GroupsPolicy;
  nickname: NicknamePolicy;
  sensitive: SensitivePolicy;
  quietHours: QuietHoursPolicy;
  etiquette: EtiquettePolicy;
  forwarding: ForwardingPolicy;
}

export const POLICY_SCHEMA_VERSION = 1;

export function defaultPolicy(): Policy {
  return {
    schemaVersion: 1,
    name: '默认群规',
    timeZone: 'Asia/Shanghai',
    records: { storeText: false, maxTextChars: 500, retentionDays: 180 },
    groups: { internal: [], customer: ['客户'], external: [] },
    nickname: defaultNicknamePolicy(),
    sensitive: defaultSensitivePolicy(),
    quietHours: defaultQuietHours(),
    etiquette: { maxChars: 200, linksInCustomerGroups: true },
    forwarding: { internal: 'allow', customer: 'warn', external: 'warn', unknown: 'warn' },
  };
}
