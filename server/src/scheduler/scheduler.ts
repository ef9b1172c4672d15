// The scheduler inside the server: runs every interval, renewing its lease, so among several server processes one
// runs while the others find the lease taken; stopped (and the lease given up) on graceful shutdown.
import { hostname } from 'node:os';
import { releaseLease } from './lease';
import { runSchedulerOnce, type SchedulerDeps } from './run';

export const DEFAULT_SCHEDULER_INTERVAL_MINUTES = 2;

/** Administrators are warned once the last run is older than this many intervals (a crashed holder's lease runs out after 1.5). */
export const LATE_AFTER_INTERVALS = 2;

export interface RunningScheduler {
  /** Stops ticking, waits for a run in progress, and releases the lease so another server takes over at its next tick. */
  stop(): Promise<void>;
}

export function startScheduler(deps: SchedulerDeps, intervalMinutes: number, log: (line: string) => void): RunningScheduler {
  const intervalMs = intervalMinutes * 60_000;
  const holder = `${hostname()}/${process.pid}/${deps.ids.newId().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  let stopped = false;

  function tick(): void {
    // A run still going when the next tick comes is left to finish; runs of one process never overlap.
    if (running || stopped) return;
    running = runSchedulerOnce(deps, { holder, leaseMs: intervalMs * 1.5, keepLease: true })
      .then(
        (outcome) => {
          if (outcome.ran && outcome.reminders + outcome.escalations > 0) {
            log(
              `scheduler: ${outcome.evaluated} open requests looked at, ${outcome.reminders} reminders, ${outcome.escalations} escalations sent`,
            );
          }
        },
        (err: unknown) => log(`scheduler: run failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => (running = null));
  }

  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await releaseLease(deps.db, holder, deps.clock.now().toISOString());
    },
  };
}
