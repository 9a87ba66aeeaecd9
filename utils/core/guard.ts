/**
 * Decides what happens before a message leaves the page: nothing, a warning dialog, or a block. Pure: the
 * content script feeds it the outgoing action, the policy, a compiled detector and the time.
 */
import { classifyChat, type ChatClass } from './classify';
import type { Detector } from './detector/detector';
import type { Hit, RuleAction } from './detector/model';
import type { ChatKind } from './events';
import type { Policy } from './policy/model';
import { inQuietHours, quietHoursApply } from './quiet-hours';

export interface OutgoingAction {
  kind: 'send' | 'forward' | 'file';
  /** The open chat (send, file) or the chat the forwarded message comes from. */
  chat: { name: string; kind: ChatKind };
  text: string;
  fileNames: string[];
  /** Forward targets by name. */
  destinations?: string[];
}

export interface Finding {
  kind: 'content' | 'file-name' | 'quiet-hours' | 'etiquette' | 'destination';
  rule: string;
  category: string;
  action: RuleAction;
  /** What the dialog words (utils/i18n/messages/findings.ts): the matched text, the quiet window, the limit… */
  detail: FindingDetail;
}

export interface FindingDetail {
  /** content / file-name: the matched text (absent for personal data, which is named by category only). */
  match?: string;
  /** quiet-hours */
  window?: string;
  holiday?: string;
  /** etiquette:long */
  maxChars?: number;
  /** destination */
  destination?: ChatClass;
}

export type DialogKind = 'send' | 'forward' | 'quiet-hours';

export interface GuardVerdict {
  dialog: DialogKind | null;
  blocked: boolean;
  findings: Finding[];
  /** Hits in `text` (original positions), for highlighting. */
  hits: Hit[];
  chatClass: ChatClass;
  destinationClasses: ChatClass[];
  requireReason: boolean;
}

const URL_RE = /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/i;

function contentFindings(hits: Hit[], text: string, kind: Finding['kind']): Finding[] {
  const seen = new Map<string, Finding>();
  // A term inside a longer hit (报价 inside 报价单) says nothing new to the user.
  const shown = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  for (const h of shown) {
    if (seen.has(h.rule)) continue;
    // Personal data is named by its kind only: the dialog should not repeat an ID number back.
    seen.set(h.rule, { kind, rule: h.rule, category: h.category, action: h.action, detail: h.category.startsWith('pii:') ? {} : { match: text.slice(h.start, h.end) } });
  }
  return [...seen.values()];
}

/** Class of a chat by name (and kind when known); the content script passes one that honours staff tags. */
export type Classifier = (name: string, kind?: ChatKind) => ChatClass;

export function evaluateOutgoing(action: OutgoingAction, policy: Policy, detector: Detector, now: number, classify: Classifier = (name) => classifyChat(name, policy.groups)): GuardVerdict {
  const chatClass = classify(action.chat.name, action.chat.kind);
  const hits = action.text ? detector.detect(action.text) : [];
  const findings: Finding[] = contentFindings(hits, action.text, 'content');
  for (const name of action.fileNames) findings.push(...contentFindings(detector.detect(name), name, 'file-name'));
  const destinationClasses = (action.destinations ?? []).map((d) => classify(d));

  if (action.kind === 'forward') {
    // Forwarding is judged by where sensitive content goes; a clean message may go anywhere.
    const sensitive = findings.length > 0;
    const contentFindingsOnly = findings.splice(0);
    if (sensitive) {
      for (const cls of new Set(destinationClasses.length ? destinationClasses : (['unknown'] as ChatClass[]))) {
        const decision = policy.forwarding[cls] ?? policy.forwarding.unknown;
        if (decision === 'allow') continue;
        findings.push({ kind: 'destination', rule: `forward:${cls}`, category: `forward:${cls}`, action: decision, detail: { destination: cls } });
      }
      if (findings.length) findings.unshift(...contentFindingsOnly);
    }
  } else {
    if (quietHoursApply(action.chat, chatClass, policy.quietHours)) {
      const quiet = inQuietHours(now, policy.timeZone, policy.quietHours);
      if (quiet.quiet) {
        findings.push({ kind: 'quiet-hours', rule: 'quiet-hours', category: 'quiet-hours', action: policy.quietHours.action, detail: { window: quiet.window, holiday: quiet.holiday } });
      }
    }
    if (action.kind === 'send' && policy.etiquette.maxChars > 0 && action.text.length > policy.etiquette.maxChars) {
      findings.push({ kind: 'etiquette', rule: 'etiquette:long', category: 'etiquette', action: 'warn', detail: { maxChars: policy.etiquette.maxChars } });
    }
    if (action.kind === 'send' && policy.etiquette.linksInCustomerGroups && chatClass === 'customer' && action.chat.kind === 'group' && URL_RE.test(action.text)) {
      findings.push({ kind: 'etiquette', rule: 'etiquette:link-in-customer-group', category: 'etiquette', action: 'warn', detail: {} });
    }
  }

  const dialog: DialogKind | null = !findings.length
    ? null
    : action.kind === 'forward'
      ? 'forward'
      : findings.every((f) => f.kind === 'quiet-hours')
        ? 'quiet-hours'
        : 'send';
  return {
    dialog,
    blocked: findings.some((f) => f.action === 'block'),
    findings,
    hits: action.kind === 'forward' && !findings.length ? [] : hits,
    chatClass,
    destinationClasses,
    requireReason: policy.sensitive.requireReason,
  };
}
