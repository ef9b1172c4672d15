// Group commit: concurrent decisions share one transaction and one durable COMMIT (one fsync instead of one each),
// each inside its own savepoint so a refused decision rolls back only itself.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';

/** One decision's work, run inside its savepoint; whatever it throws rolls back only that savepoint. */
export type DecisionWork<T> = (trx: Kysely<Database>) => Promise<T>;

export interface DecisionBatcher {
  /** Runs the work in the next batch; settles only after that batch's COMMIT has returned. */
  run<T>(work: DecisionWork<T>): Promise<T>;
}

export interface BatchHooks {
  /** Runs after the last savepoint and before COMMIT (tests hold a batch open here). */
  beforeCommit?: (size: number) => Promise<void>;
  /** Runs when COMMIT has returned, before any decision of the batch is answered. */
  afterCommit?: (size: number) => void;
}

export interface DecisionBatcherOptions {
  /** How long the first decision of a batch waits for company. */
  windowMs?: number;
  /** A batch this full is committed at once. */
  maxBatch?: number;
  hooks?: BatchHooks;
}

export const DEFAULT_BATCH_WINDOW_MS = 2;
export const DEFAULT_MAX_BATCH = 64;

interface Pending {
  work: DecisionWork<unknown>;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function createDecisionBatcher(db: Kysely<Database>, options: DecisionBatcherOptions = {}): DecisionBatcher {
  const windowMs = options.windowMs ?? DEFAULT_BATCH_WINDOW_MS;
  const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
  const hooks = options.hooks ?? {};
  let queue: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One batch at a time: on SQLite there is one connection anyway, and the next batch gathers while this one commits.
  let committing = false;

  function schedule(): void {
    if (committing || queue.length === 0) return;
    if (queue.length >= maxBatch) {
      void flush();
      return;
    }
    timer ??= setTimeout(() => void flush(), windowMs);
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (committing || queue.length === 0) return;
    committing = true;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    try {
      const outcomes = await commitBatch(batch);
      if (hooks.afterCommit) hooks.afterCommit(batch.length);
      batch.forEach((pending, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok) pending.resolve(outcome.value);
        else pending.reject(outcome ? outcome.error : new Error('decision batch lost an outcome'));
      });
    } catch (err) {
      // The transaction itself failed (BEGIN, a savepoint command or COMMIT): nothing of the batch is stored.
      for (const pending of batch) pending.reject(err);
    } finally {
      committing = false;
      // Whatever arrived meanwhile has waited at least one batch already: commit it now.
      if (queue.length > 0) void flush();
    }
  }

  async function commitBatch(batch: Pending[]): Promise<Outcome[]> {
    const trx = await db.startTransaction().execute();
    try {
      const outcomes: Outcome[] = [];
      for (const pending of batch) {
        const decision = await trx.savepoint('decision').execute();
        try {
          outcomes.push({ ok: true, value: await pending.work(decision) });
          await decision.releaseSavepoint('decision').execute();
        } catch (error) {
          outcomes.push({ ok: false, error });
          await decision.rollbackToSavepoint('decision').execute();
          await decision.releaseSavepoint('decision').execute();
        }
      }
      if (hooks.beforeCommit) await hooks.beforeCommit(batch.length);
      await trx.commit().execute();
      return outcomes;
    } catch (err) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      throw err;
    }
  }

  return {
    run<T>(work: DecisionWork<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}
