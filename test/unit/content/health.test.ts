import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthMonitor, PAUSE_GRACE_MS } from '@/utils/content/health';
import type { HealthReport } from '@/utils/core/events';

const missing = { state: 'missing' as const, checks: [{ id: 'chat-area', selector: '#chatArea', ok: false }] };
const active = { state: 'active' as const, checks: [{ id: 'chat-area', selector: '#chatArea', ok: true }] };

describe('the health monitor', () => {
  let changes: HealthReport[];
  let monitor: HealthMonitor;
  beforeEach(() => {
    vi.useFakeTimers();
    changes = [];
    monitor = new HealthMonitor({ setTimer: setTimeout, clearTimer: (h) => clearTimeout(h as number), onChange: (r) => changes.push(r) });
  });
  afterEach(() => vi.useRealTimers());

  it('reports paused only after anchors stay missing for the grace period', () => {
    monitor.update(missing);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(PAUSE_GRACE_MS - 1);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(changes).toEqual([{ state: 'paused', checks: missing.checks }]);
  });

  it('does not pause when the anchors come back within the grace period', () => {
    monitor.update(missing);
    vi.advanceTimersByTime(1000);
    monitor.update(active);
    vi.advanceTimersByTime(PAUSE_GRACE_MS * 2);
    expect(changes.map((c) => c.state)).toEqual(['active']);
  });

  it('reports login at once and does not repeat an unchanged state', () => {
    const login = { state: 'login' as const, checks: [] };
    monitor.update(login);
    monitor.update(login);
    expect(changes.map((c) => c.state)).toEqual(['login']);
  });

  it('goes from paused back to active when the page recovers', () => {
    monitor.update(missing);
    vi.advanceTimersByTime(PAUSE_GRACE_MS);
    monitor.update(active);
    expect(changes.map((c) => c.state)).toEqual(['paused', 'active']);
  });
});
