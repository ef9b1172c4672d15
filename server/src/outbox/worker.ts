// The outbox worker inside the server process: a pass every interval, never two at once, stopped before the database closes.
import { runOutboxOnce, type OutboxDeps } from './run-outbox';

export interface OutboxWorker {
  /** Stops scheduling passes and waits for the one running, if any. */
  stop(): Promise<void>;
}

export function startOutboxWorker(deps: OutboxDeps, intervalMs: number, log: (line: string) => void = console.error): OutboxWorker {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = runOutboxOnce(deps)
      .then((r) => {
        if (r.failed > 0) log(`outbox: ${r.failed} message(s) failed for good (see the admin page)`);
      })
      .catch((error: unknown) => log(`outbox pass failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
