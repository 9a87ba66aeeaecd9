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
  /** Ignored chats are treated as unknown destinations. */
  ignored?: ForwardDecision;
}

export interface RecordsPolicy {
  storeText: boolean;
  maxTextChars: number;
  retentionDays: number;
  /** Whose messages are recorded: customer chats only (default) or every chat that is not ignored. */
  scope: 'customer' | 'all';
}

export interface CustomerPolicy {
  /** A customer's message waiting longer than this is overdue ("未回复 37 分钟"). */
  slaMinutes: number;
  businessHours: { days: number[]; start: string; end: string };
  pauseOutsideBusinessHours: boolean;
  pauseInQuietHours: boolean;
  /** Display names of leaders: their @-mention of me in an internal group starts a reply clock. */
  leaders: string[];
  leaderReplyMinutes: number;
  /** Who sends notices (leaders count too); a notice starts with a marker or @所有人. */
  noticeSenders: string[];
  noticeMarkers: string[];
  noticeKeywords: string[];
  noticeWindowMinutes: number;
}

export function defaultCustomerPolicy(): CustomerPolicy {
  return {
    slaMinutes: 30,
    businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    pauseOutsideBusinessHours: true,
    pauseInQuietHours: true,
    leaders: [],
    leaderReplyMinutes: 30,
    noticeSenders: [],
    noticeMarkers: ['通知', '【通知】', '@所有人'],
    noticeKeywords: ['收到', '已阅', '好的', '明白'],
    noticeWindowMinutes: 120,
  };
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
  customer: CustomerPolicy;
}

export const POLICY_SCHEMA_VERSION = 1;

export function defaultPolicy(): Policy {
  return {
    schemaVersion: 1,
    name: '默认群规',
    timeZone: 'Asia/Shanghai',
    records: { storeText: false, maxTextChars: 500, retentionDays: 180, scope: 'customer' },
    groups: { internal: [], customer: ['客户'], external: [], ignored: ['文件传输助手'] },
    nickname: defaultNicknamePolicy(),
    sensitive: defaultSensitivePolicy(),
    quietHours: defaultQuietHours(),
    // Links in customer groups: off by default — sending the customer a quote link is the job (issue 12).
    etiquette: { maxChars: 200, linksInCustomerGroups: false },
    forwarding: { internal: 'allow', customer: 'warn', external: 'warn', unknown: 'warn' },
    customer: defaultCustomerPolicy(),
  };
}
