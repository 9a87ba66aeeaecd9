/**
 * A function that schedules `fn` after `ms`, at most once at a time: calls while it is pending do nothing.
 * Used for "redraw soon" and "refresh in a minute" without piling up timers.
 */
export function coalesced(setTimer: (fn: () => void, ms: number) => unknown, ms: number, fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setTimer(() => {
      pending = false;
      fn();
    }, ms);
  };
}
