// Checkpoints every open SQLite database on one worker thread, so a commit never waits for a checkpoint
// (SQLite's automatic checkpoint runs inside the COMMIT that crosses its threshold and stalls it 15–160 ms).
import { Worker } from 'node:worker_threads';

export interface CheckpointerOptions {
  /** How often the worker runs a PASSIVE checkpoint. */
  intervalMs: number;
  /** WAL size past which the worker waits for a gap between writes and truncates the WAL. */
  walCapBytes: number;
}

export const DEFAULT_CHECKPOINTER: CheckpointerOptions = { intervalMs: 100, walCapBytes: 64 * 1024 * 1024 };

let worker: Worker | null = null;
/** Open connections per file (a file may be opened twice in one process); the worker watches while any is open. */
const openCount = new Map<string, number>();
/** Called when the worker cannot run, so connections go back to SQLite's own automatic checkpoints. */
const fallbacks = new Set<() => void>();
/**
 * Per file, one waiter for each 'unwatch' the worker has not yet confirmed, oldest first: the worker answers them in
 * order, so a file closed, opened and closed again before the first answer is not taken as released by that answer.
 */
const releasing = new Map<string, (() => void)[]>();

function released(file: string, all = false): void {
  const waiters = releasing.get(file) ?? [];
  for (const resolve of all ? waiters.splice(0) : waiters.splice(0, 1)) resolve();
  if (waiters.length === 0) releasing.delete(file);
  // Nothing in flight: the worker goes back to never keeping the process alive.
  if (releasing.size === 0) worker?.unref();
}

function startWorker(): Worker {
  const started = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: DEFAULT_CHECKPOINTER });
  started.on('message', (message: { type: string; file?: string; message?: string }) => {
    if (message.type === 'error') console.error(`WAL checkpointer: ${message.file}: ${message.message}`);
    if (message.type === 'unwatched' && message.file) released(message.file);
  });
  started.on('error', (err) => {
    console.error('WAL checkpointer stopped; SQLite checkpoints automatically again', err);
    worker = null;
    for (const fallback of fallbacks) fallback();
    for (const file of [...releasing.keys()]) released(file, true);
  });
  // The checkpointer never keeps a process alive by itself. After the listeners: adding a 'message' listener
  // refs the worker's port again, and an unref'd worker with a later listener kept CLI processes from exiting.
  started.unref();
  return started;
}

/**
 * Watches one database file until the returned function is called. `fallback` runs if the worker dies,
 * so the caller can turn SQLite's automatic checkpoints back on. The returned function resolves once the worker has
 * closed its own connection to `file` (at once when another connection of this process still has it watched, or no
 * worker runs); only then may the caller's connection close as the last one, which folds the WAL in and deletes it.
 */
export function watchWal(file: string, fallback: () => void, walCapBytes = DEFAULT_CHECKPOINTER.walCapBytes): () => Promise<void> {
  worker ??= startWorker();
  const count = openCount.get(file) ?? 0;
  openCount.set(file, count + 1);
  if (count === 0) worker.postMessage({ type: 'watch', file, walCapBytes });
  fallbacks.add(fallback);
  let stopped: Promise<void> | null = null;
  return () => (stopped ??= unwatch(file, fallback));
}

function unwatch(file: string, fallback: () => void): Promise<void> {
  fallbacks.delete(fallback);
  const left = (openCount.get(file) ?? 1) - 1;
  if (left > 0) {
    openCount.set(file, left);
    return Promise.resolve();
  }
  openCount.delete(file);
  if (!worker) return Promise.resolve();
  const waiters = releasing.get(file) ?? [];
  releasing.set(file, waiters);
  // Until the worker confirms, it keeps the process alive, so whoever waits for the release is answered.
  worker.ref();
  worker.postMessage({ type: 'unwatch', file });
  return new Promise((resolve) => waiters.push(resolve));
}
