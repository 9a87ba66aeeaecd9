import type { LogEntry, StoredEvent } from '../../bus/protocol';
import type { ChatClass } from '../../core/classify';
import type { Policy } from '../../core/policy/model';
import type { SiteAdapter } from '../../site/types';
import type { SessionEvent } from '../session';
import type { ShadowUi, ShadowUiOptions } from '../ui/shadow-ui';

/** What every content feature gets. Features never touch the bus or the observer directly. */
export interface FeatureApi {
  adapter: SiteAdapter;
  doc: Document;
  /** The current effective policy (updated in place when an admin changes it); the defaults until it is known. */
  policy(): Policy;
  /** The effective policy once known (cached or read), else null: the first moments of a page. */
  policyKnown(): Policy | null;
  /** Resolves once the effective policy is known (at once when it already is). */
  whenPolicyKnown(): Promise<Policy>;
  /** Aborted when the content script is invalidated: pass it to every addEventListener of the feature. */
  signal: AbortSignal;
  /** Queue an event for the background (batched, acknowledged, retried). */
  store(event: StoredEvent): void;
  /** Queue an audit log entry. Pass a deterministic `eventId` to store it at most once (e.g. once per day). */
  log(entry: Omit<LogEntry, 'eventId' | 'at'> & { at?: number; eventId?: string }): void;
  /** Create a UI in a shadow root (../ui/shadow-ui.ts), torn down with the content script. */
  createShadowUi(options: ShadowUiOptions): Promise<ShadowUi>;
  /** Register teardown work run when the extension context is invalidated. */
  onTeardown(fn: () => void): void;
  /** Schedule work that dies with the context. */
  setTimeout(fn: () => void, ms: number): number;
  now(): number;
  /** Class of a chat: the staff member's tag if set, else the policy's name patterns. */
  classify(chat: { name: string; kind: 'group' | 'direct' }): ChatClass;
  /** The staff member's tag for a chat (null = none). */
  tagOf(chat: { name: string; kind: 'group' | 'direct' }): ChatClass | null;
  /** Set or clear (null) the staff member's tag for a chat; stored in the extension's database. */
  setTag(chat: { name: string; kind: 'group' | 'direct' }, chatClass: ChatClass | null): Promise<void>;
}

/** One content feature: a small module with one shape, listed in ./index.ts. */
export interface ContentFeature {
  id: string;
  start(api: FeatureApi): FeatureHandlers | void;
}

export interface FeatureHandlers {
  onEvent?(event: SessionEvent): void;
  onPolicyChange?(policy: Policy): void;
}
