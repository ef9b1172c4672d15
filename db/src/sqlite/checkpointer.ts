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
/** Files the worker has been told to let go of and has not yet confirmed, with whoever waits for that. */
const releasing = new Map<string, (() => void)[]>();

function released(file: string): void {
  const waiters = releasing.get(file) ?? [];
  releasing.delete(file);
  for (const resolve of waiters) resolve();
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
    for (const file of [...releasing.keys()]) released(file);
  });
  // The checkpointer never keeps a process alive by itself. After the listeners: adding a 'message' listener
  // refs the worker's port again, and an unref'd worker with a later listener kept CLI processes from exiting.
  started.unref();
  return started;
}

/**
 * Watches one database file until the returned function is called. `fallback` runs if the worker dies,
 * so the caller can turn SQLite's automatic checkpoints back on.
 */
export function watchWal(file: string, fallback: () => void, walCapBytes = DEFAULT_CHECKPOINTER.walCapBytes): () => void {
  worker ??= startWorker();
  const count = openCount.get(file) ?? 0;
  openCount.set(file, count + 1);
  if (count === 0) worker.postMessage({ type: 'watch', file, walCapBytes });
  fallbacks.add(fallback);
  let watching = true;
  return () => {
    if (!watching) return;
    watching = false;
    fallbacks.delete(fallback);
    const left = (openCount.get(file) ?? 1) - 1;
    if (left > 0) {
      openCount.set(file, left);
      return;
    }
    openCount.delete(file);
    if (!worker) return;
    releasing.set(file, releasing.get(file) ?? []);
    // Until the worker confirms, it keeps the process alive, so whoever waits for the release is answered.
    worker.ref();
    worker.postMessage({ type: 'unwatch', file });
  };
}

/**
 * Resolves once the worker has closed its connection to `file` (at once if it holds none). The last connection to
 * close checkpoints the WAL into the database and removes it, so a file copied after this is whole by itself.
 */
export function walReleased(file: string): Promise<void> {
  if (!releasing.has(file)) return Promise.resolve();
  return new Promise((resolve) => releasing.get(file)?.push(resolve));
}
