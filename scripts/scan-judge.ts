/**
 * One scan input line judged as the page judges a send: the same evaluateOutgoing (utils/core/guard.ts), the same
 * detector compiled from the policy (edited presets included). Used by `npm run scan` and `npm run bench`.
 *
 * Input: {"text": "…", "chat"?: {"name": "…", "kind": "direct" | "group"}, "forwardTo"?: ["…"], "at"?: ISO time}
 * - no chat: an unclassified 1:1 chat (destination "unknown");
 * - forwardTo: a forward of `text` from `chat` to those chats;
 * - no at: the current time (quiet hours are judged as the page would now).
 */
import { compileDetector, type Detector } from '../utils/core/detector/detector';
import { detectorPolicy } from '../utils/core/detector/presets';
import { evaluateOutgoing, type DialogKind, type OutgoingAction } from '../utils/core/guard';
import type { Policy } from '../utils/core/policy/model';

export interface ScanAnswer {
  /** Everything the dictionary and the PII checks found in the text, wherever it goes. */
  hits: Array<{ start: number; end: number; category: string; rule: string; action: string }>;
  /** The dialog the page would open, or null: the message goes through. */
  dialog: DialogKind | null;
  blocked: boolean;
  /** What the dialog would list (rules that count for this destination). */
  findings: Array<{ kind: string; rule: string; action: string; destination?: string; window?: string; holiday?: string }>;
}

export type ScanResult = ScanAnswer | { error: string };

export function scanDetector(policy: Policy): Detector {
  return compileDetector(detectorPolicy(policy.sensitive));
}

function problem(input: unknown): string | null {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'expected {"text": "…"}';
  const o = input as Record<string, unknown>;
  if (typeof o.text !== 'string') return 'expected {"text": "…"}';
  if (o.chat !== undefined) {
    const c = o.chat as Record<string, unknown> | null;
    if (!c || typeof c !== 'object' || typeof c.name !== 'string' || (c.kind !== 'direct' && c.kind !== 'group')) return '"chat" should be {"name": "…", "kind": "direct" | "group"}';
  }
  if (o.forwardTo !== undefined && (!Array.isArray(o.forwardTo) || !o.forwardTo.every((d) => typeof d === 'string'))) return '"forwardTo" should be a list of chat names';
  if (o.at !== undefined && (typeof o.at !== 'string' || Number.isNaN(Date.parse(o.at)))) return '"at" should be a time like "2026-12-02T02:40:00Z"';
  return null;
}

export function judgeLine(input: unknown, policy: Policy, detector: Detector, now: () => number = Date.now): ScanResult {
  const why = problem(input);
  if (why) return { error: why };
  const o = input as { text: string; chat?: OutgoingAction['chat']; forwardTo?: string[]; at?: string };
  const action: OutgoingAction = {
    kind: o.forwardTo ? 'forward' : 'send',
    chat: o.chat ?? { name: '', kind: 'direct' },
    text: o.text,
    fileNames: [],
    ...(o.forwardTo ? { destinations: o.forwardTo } : {}),
  };
  const verdict = evaluateOutgoing(action, policy, detector, o.at ? Date.parse(o.at) : now());
  return {
    hits: detector.detect(o.text).map(({ start, end, category, rule, action: a }) => ({ start, end, category, rule, action: a })),
    dialog: verdict.dialog,
    blocked: verdict.blocked,
    findings: verdict.findings.map((f) => ({ kind: f.kind, rule: f.rule, action: f.action, ...(f.detail.destination ? { destination: f.detail.destination } : {}), ...(f.detail.window ? { window: f.detail.window } : {}), ...(f.detail.holiday ? { holiday: f.detail.holiday } : {}) })),
  };
}
