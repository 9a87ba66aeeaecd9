import type { OutgoingAction } from '../../core/guard';

/**
 * One thing the staff member is about to send, caught before the page acts on it. The interception
 * (./interceptions.ts) builds it; the flow (./flow.ts) decides, asks, replays and checks the outcome.
 */
export interface SendAttempt {
  /** The page's own event, held (stopped) when the guard needs to ask or wait. */
  event: Event;
  /** What would be sent now (read again when the dialog closes, in case the text changed). */
  read(): OutgoingAction | null;
  /** Let the page act on the held event, exactly once. */
  replay(): void;
  /** After a replay: did the page really send? (the editor emptied, the forward dialog closed, …) */
  tookEffect(): boolean;
  /**
   * Replace what would be sent with `text` (脱敏后发送), where the page lets QunGuard do so (the editor); true when
   * it now holds exactly `text`. Absent for resends, forwards and files: their content cannot be rewritten.
   */
  rewrite?(text: string): boolean;
  /** Which words to use when a replay did not take. */
  notSentHint: 'send' | 'forward' | 'file';
  /** Staff chose 取消 (or the send was blocked): undo what the held event left behind. */
  onCancel?(): void;
}
