/**
 * Decides what happens before a message leaves the page: nothing, a warning dialog, or a block. Pure: the
 * content script feeds it the outgoing action, the policy, a compiled detector and the time.
 */
import { classifyChat, type ChatClass } from './classify';
import type { Detector } from './detector/detector';
import type { Hit, RuleAction, SensitivePolicy, SensitiveTerm } from './detector/model';
import type { PiiType } from './detector/pii';
import { termsByRule } from './detector/presets';
import { appliesAt, forwardDestination, sendDestination, type Destination } from './destination';
import type { ChatKind } from './events';
import type { ForwardingPolicy, Policy } from './policy/model';
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

/** A hit as this policy judges it: the term's current action and where it applies (absent = everywhere). */
interface JudgedHit {
  hit: Hit;
  destinations?: readonly Destination[];
}

const termIndexCache = new WeakMap<SensitivePolicy, Map<string, SensitiveTerm>>();

/**
 * Hits with the policy's view of each term: a preset term the admin removed is dropped, an edited one takes its
 * new action and destinations (the detector engine only knows the built-in lists; see presets.ts detectorPolicy).
 */
function judgeHits(hits: Hit[], sensitive: SensitivePolicy): JudgedHit[] {
  let index = termIndexCache.get(sensitive);
  if (!index) termIndexCache.set(sensitive, (index = termsByRule(sensitive)));
  const judged: JudgedHit[] = [];
  for (const hit of hits) {
    if (hit.category.startsWith('pii:')) {
      const pii = sensitive.pii[hit.category.slice(4) as PiiType];
      judged.push({ hit, destinations: pii?.destinations });
      continue;
    }
    const term = index.get(hit.rule);
    if (!term) continue;
    judged.push({ hit: term.action === hit.action ? hit : { ...hit, action: term.action }, destinations: term.destinations });
  }
  return judged;
}

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

interface Source {
  text: string;
  kind: Finding['kind'];
  judged: JudgedHit[];
}

export function evaluateOutgoing(action: OutgoingAction, policy: Policy, detector: Detector, now: number, classify: Classifier = (name) => classifyChat(name, policy.groups)): GuardVerdict {
  const chatClass = classify(action.chat.name, action.chat.kind);
  const sources: Source[] = [
    { text: action.text, kind: 'content', judged: action.text ? judgeHits(detector.detect(action.text), policy.sensitive) : [] },
    ...action.fileNames.map((name): Source => ({ text: name, kind: 'file-name', judged: judgeHits(detector.detect(name), policy.sensitive) })),
  ];
  const destinationNames = action.destinations ?? [];
  const destinationClasses = destinationNames.map((d) => classify(d));
  const findings: Finding[] = [];
  /** Hits in `text` that count for this action (highlighted in the dialog). */
  let hits: Hit[];

  if (action.kind === 'forward') {
    // Forwarding is judged by where sensitive content goes; a clean message may go anywhere.
    const source = { name: action.chat.name, chatClass };
    const targets = destinationNames.length ? destinationNames.map((name, i) => ({ name, chatClass: destinationClasses[i]! })) : [{ name: '', chatClass: 'unknown' as ChatClass }];
    const counted = new Set<JudgedHit>();
    const byClass = new Map<ChatClass, RuleAction>();
    for (const target of targets) {
      const gate = policy.forwarding[target.chatClass as keyof ForwardingPolicy] ?? policy.forwarding.unknown;
      const where = forwardDestination(source, target);
      for (const s of sources) {
        for (const j of s.judged) {
          // A rule with destinations decides where it applies (forwarding.<class> = block still makes it a block);
          // one without (personal data, the company's own terms) follows forwarding.<class>.
          const applies = j.destinations ? appliesAt(j.destinations, where) : gate !== 'allow';
          if (!applies) continue;
          counted.add(j);
          const level: RuleAction = j.hit.action === 'block' || gate === 'block' ? 'block' : 'warn';
          if (byClass.get(target.chatClass) !== 'block') byClass.set(target.chatClass, level);
        }
      }
    }
    for (const s of sources) findings.push(...contentFindings(s.judged.filter((j) => counted.has(j)).map((j) => j.hit), s.text, s.kind));
    for (const [cls, level] of byClass) findings.push({ kind: 'destination', rule: `forward:${cls}`, category: `forward:${cls}`, action: level, detail: { destination: cls } });
    hits = sources[0]!.judged.filter((j) => counted.has(j)).map((j) => j.hit);
  } else {
    const where = sendDestination({ name: action.chat.name, chatClass });
    for (const s of sources) findings.push(...contentFindings(s.judged.filter((j) => appliesAt(j.destinations, where)).map((j) => j.hit), s.text, s.kind));
    hits = sources[0]!.judged.filter((j) => appliesAt(j.destinations, where)).map((j) => j.hit);
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
    hits: findings.length ? hits : [],
    chatClass,
    destinationClasses,
    requireReason: policy.sensitive.requireReason,
  };
}
