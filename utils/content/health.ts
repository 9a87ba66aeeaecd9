import type { HealthCheck, HealthReport, HealthState } from '../core/events';

/** Anchors must stay missing this long before we call the page `paused` (the app renders in steps). */
export const PAUSE_GRACE_MS = 3000;

export interface HealthMonitorOptions {
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onChange: (report: HealthReport) => void;
}

/**
 * Turns the adapter's instantaneous verdict (active / login / missing) into the published state. `missing`
 * becomes `paused` only after PAUSE_GRACE_MS, so a page that is still rendering is not reported as broken.
 */
export class HealthMonitor {
  private current: HealthReport = { state: 'starting', checks: [] };
  private pauseTimer: unknown = null;
  private lastMissing: HealthCheck[] = [];

  constructor(private readonly options: HealthMonitorOptions) {}

  get report(): HealthReport {
    return this.current;
  }

  update(verdict: { state: 'active' | 'login' | 'refused' | 'missing'; checks: HealthCheck[] }): void {
    if (verdict.state === 'missing') {
      this.lastMissing = verdict.checks;
      if (this.current.state === 'paused') this.publish({ state: 'paused', checks: verdict.checks });
      else if (this.pauseTimer === null) {
        this.pauseTimer = this.options.setTimer(() => {
          this.pauseTimer = null;
          this.publish({ state: 'paused', checks: this.lastMissing });
        }, PAUSE_GRACE_MS);
      }
      return;
    }
    if (this.pauseTimer !== null) {
      this.options.clearTimer(this.pauseTimer);
      this.pauseTimer = null;
    }
    this.publish({ state: verdict.state, checks: verdict.checks });
  }

  private publish(report: HealthReport): void {
    if (sameReport(report, this.current)) return;
    this.current = report;
    this.options.onChange(report);
  }
}

function sameReport(a: HealthReport, b: HealthReport): boolean {
  if (a.state !== b.state || a.checks.length !== b.checks.length) return false;
  return a.checks.every((check, i) => check.id === b.checks[i]!.id && check.ok === b.checks[i]!.ok);
}

export function failingChecks(report: HealthReport): HealthCheck[] {
  return report.checks.filter((check) => !check.ok);
}

export type { HealthState };
